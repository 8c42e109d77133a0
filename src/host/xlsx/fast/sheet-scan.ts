import type { CellFault, CellValue, SheetGrid } from '../../../core/grid';
import { columnLetters, fromA1 } from '../../../core/grid';
import { isPercentFormat } from '../../../core/grid/number-format';
import { cellFault, toCellValue } from '../cell-value';
import { isDateFormat, type CellStyle } from './package-parts';
import { attribute, check, decodeXml, elements } from './xml-scan';

/** What a sheet scan needs from the rest of the package. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly (CellStyle | null)[];
  readonly file: string;
}

const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;
const ADDRESS = /^([A-Z]{1,3})(\d+)$/;

/** One `<c>` as exceljs models it before it becomes a cell value. */
interface RawCell {
  readonly type: string | undefined;
  readonly styleId: number;
  value: string | undefined;
  formula: string | undefined;
  formulaType: string | undefined;
  /** A shared formula's `ref` (its first cell has one) and `si`. */
  formulaRef: string | undefined;
  formulaIndex: string | undefined;
}

/**
 * Scans a worksheet's XML into the grid exceljs's reader gives (`readWorkbook`): values,
 * merged-away cells left out, faults, indents, percent cells, the state. Rows and cells
 * without `r` are placed by position, as `addPackageCellReferences` does. Throws `Declined`
 * for anything it does not read exactly as exceljs would (dates, hyperlinks, rich inline
 * text, prefixed elements, rows out of order…).
 */
export function scanSheet(
  xml: string,
  name: string,
  state: string | undefined,
  context: SheetContext,
): SheetGrid {
  check(!/<\w+:(sheetData|row|c)[\s>/]/.test(xml), 'prefixed sheet');
  const open = xml.indexOf('<sheetData');
  check(open >= 0 && xml.indexOf('<sheetData', open + 1) < 0, 'no sheetData, or two');
  const openEnd = xml.indexOf('>', open);
  const selfClosed = xml.charCodeAt(openEnd - 1) === 47;
  const close = selfClosed ? openEnd + 1 : xml.indexOf('</sheetData>', openEnd);
  check(close > 0, 'unclosed sheetData');
  check(xml.indexOf('<hyperlink', close) < 0, 'hyperlinks');
  const mergedAway = mergedAwayCells(xml, close);
  const shared = {
    strings: context.sharedStrings,
    formulae: new Map<string | undefined, string>(),
  };

  const rows: CellValue[][] = [];
  const indents: Record<string, number> = {};
  const percentCells: Record<string, true> = {};
  const cellFaults: Record<string, CellFault> = {};
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let col = 0;
  let afterEmptyCell = false;
  let i = selfClosed ? close : openEnd + 1;
  while (i < close) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= close) break;
    check(xml.slice(i, lt).trim() === '', 'text between elements');
    const gt = xml.indexOf('>', lt);
    check(gt > 0, 'unclosed tag');
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag === '/row') {
      rows[rowNumber - 1] = cells;
      continue;
    }
    if (tag === 'row' || tag.startsWith('row ') || tag.startsWith('row/')) {
      const given = attribute(tag.slice(3), 'r');
      let number = rowNumber + 1;
      if (given !== undefined) {
        check(/^\d+$/.test(given), 'row reference');
        number = Number(given);
        check(number > rowNumber && number <= MAX_ROWS, 'row order');
      }
      rowNumber = number;
      cells = [];
      col = 0;
      afterEmptyCell = false;
      if (tag.endsWith('/')) rows[rowNumber - 1] = cells;
      continue;
    }
    check(tag === 'c' || tag.startsWith('c ') || tag.startsWith('c/'), `element <${tag}>`);
    check(rowNumber > 0, 'cell outside a row');
    const attributes = tag.endsWith('/') ? tag.slice(1, -1) : tag.slice(1);
    let inner = '';
    if (!tag.endsWith('/')) {
      const end = xml.indexOf('</c>', i);
      check(end > 0 && end < close, 'unclosed cell');
      inner = xml.slice(i, end);
      i = end + 4;
    }
    const reference = attribute(attributes, 'r');
    if (reference === undefined) {
      // exceljs and the r-less patch agree only when no empty cell came before.
      check(!afterEmptyCell, 'r-less cell after an empty one');
      col += 1;
    } else {
      const match = ADDRESS.exec(reference);
      check(match !== null && Number(match[2]) === rowNumber, `cell reference ${reference}`);
      const at = fromA1(reference).col + 1;
      check(at > col, 'cell order');
      col = at;
    }
    check(col <= MAX_COLUMNS, 'too many columns');
    const raw = readRawCell(attributes, inner);
    if (raw.value === undefined && raw.formula === undefined && !raw.styleId) afterEmptyCell = true;
    if (mergedAway.has((rowNumber - 1) * MAX_COLUMNS + col - 1)) continue;
    const style = raw.styleId ? (context.styles[raw.styleId] ?? null) : null;
    const address = reference ?? `${columnLetters(col - 1)}${rowNumber}`;
    const value = cellValueOf(raw, style, address, shared);
    const cellValue = toCellValue(value);
    if (cellValue === null) {
      const fault = cellFault(value);
      if (fault === null) continue;
      cellFaults[address] = fault;
      while (cells.length < col) cells.push(null);
      continue;
    }
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = cellValue;
    const indent = style?.indent;
    if (typeof indent === 'number' && indent !== 0) indents[address] = indent;
    if (typeof cellValue === 'number' && isPercentFormat(style?.numFmt)) {
      percentCells[address] = true;
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return {
    name,
    rows,
    ...(Object.keys(indents).length > 0 ? { indents } : {}),
    ...(Object.keys(percentCells).length > 0 ? { percentCells } : {}),
    ...(Object.keys(cellFaults).length > 0 ? { cellFaults } : {}),
    ...(state === 'hidden' || state === 'veryHidden' ? { hidden: state } : {}),
    file: context.file,
  };
}

/** A `<c>`'s type, style, value text and formula, as exceljs's CellXform reads them. */
function readRawCell(attributes: string, inner: string): RawCell {
  const type = attribute(attributes, 't');
  const raw: RawCell = {
    type,
    styleId: parseInt(attribute(attributes, 's') ?? '', 10),
    value: undefined,
    formula: undefined,
    formulaType: undefined,
    formulaRef: undefined,
    formulaIndex: undefined,
  };
  if (inner === '') return raw;
  if (
    inner.startsWith('<v>') &&
    inner.endsWith('</v>') &&
    inner.indexOf('<', 3) === inner.length - 4
  ) {
    raw.value = nonEmpty(decodeXml(inner.slice(3, -4)));
    return raw;
  }
  for (const { attributes: f, inner: text } of elements(inner, 'f')) {
    check(raw.formula === undefined, 'two formulas');
    raw.formula = text === null ? '' : decodeXml(text);
    raw.formulaType = attribute(f, 't');
    raw.formulaRef = attribute(f, 'ref');
    raw.formulaIndex = attribute(f, 'si');
  }
  const values = elements(inner, 'v');
  const inline = elements(inner, 'is');
  check(values.length + inline.length <= 1, 'several values');
  const v = values[0];
  if (v !== undefined) raw.value = v.inner === null ? undefined : nonEmpty(decodeXml(v.inner));
  const is = inline[0];
  if (is !== undefined) {
    check(type === 'inlineStr' && is.inner !== null, 'inline string');
    const texts = elements(is.inner, 't');
    check(texts.length === 1 && is.inner.trim().startsWith('<t'), 'rich inline string');
    const text = texts[0]?.inner;
    raw.value = text === null || text === undefined ? undefined : nonEmpty(decodeXml(text));
  }
  // Nothing else in a cell (the elements above, whitespace) is read.
  const rest = inner
    .replace(/<f[\s>/][\s\S]*?(<\/f>|\/>)/, '')
    .replace(/<v>[\s\S]*?<\/v>|<v\/>/, '')
    .replace(/<is>[\s\S]*?<\/is>/, '');
  check(rest.trim() === '', 'other content in a cell');
  return raw;
}

function nonEmpty(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** The value exceljs's cell would hold (`cell.value`), for `toCellValue` and `cellFault`. */
function cellValueOf(
  raw: RawCell,
  style: CellStyle | null,
  address: string,
  shared: {
    readonly strings: readonly string[];
    readonly formulae: Map<string | undefined, string>;
  },
): unknown {
  const { type, value } = raw;
  const isDate = isDateFormat(style?.numFmt);
  if (raw.formula || raw.formulaType) {
    let result: unknown;
    if (value !== undefined) {
      if (type === 'str') result = decodedAgain(value);
      else if (type === 'b') result = parseInt(value, 10) !== 0;
      else if (type === 'e') result = { error: value };
      else result = parseFloat(value);
      check(!isDate, 'date formula result');
    }
    let sharedFormula: string | undefined;
    if (raw.formulaType === 'shared') {
      if (raw.formulaRef) shared.formulae.set(raw.formulaIndex, address);
      else sharedFormula = shared.formulae.get(raw.formulaIndex);
    }
    // A cached 0, false or "" is a result (the exceljs path reads it from the cell's model);
    // a shared formula whose first cell is missing reads as no formula, as exceljs has it.
    return {
      ...(raw.formula ? { formula: raw.formula } : {}),
      ...(result !== undefined ? { result } : {}),
      ...(sharedFormula ? { sharedFormula } : {}),
    };
  }
  if (value === undefined) return null;
  switch (type) {
    case 's': {
      const text = shared.strings[parseInt(value, 10)];
      check(text !== undefined, 'shared string index');
      return text;
    }
    case 'str':
      return decodedAgain(value);
    case 'inlineStr':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return { error: value };
    case undefined:
    case 'n':
      check(!isDate, 'date');
      return parseFloat(value);
    default:
      check(false, `cell type ${type}`);
  }
}

/** exceljs decodes "str" text a second time: text that would change declines. */
function decodedAgain(text: string): string {
  check(!text.includes('&'), 'ampersand in str');
  return text;
}

/**
 * The cells that merged ranges hide (all but each range's top left cell), as keys
 * `row * 16384 + col` (0-based). Overlapping ranges make exceljs fail: declined.
 */
function mergedAwayCells(xml: string, from: number): Set<number> {
  const hidden = new Set<number>();
  const ranges: [number, number, number, number][] = [];
  for (const { attributes } of elements(xml, 'mergeCell', from)) {
    const ref = attribute(attributes, 'ref') ?? '';
    const corners = ref.split(':');
    check(corners.length <= 2 && corners.every((c) => ADDRESS.test(c)), `merge ${ref}`);
    const a = fromA1(corners[0] ?? '');
    const b = fromA1(corners[1] ?? corners[0] ?? '');
    const range: [number, number, number, number] = [
      Math.min(a.row, b.row),
      Math.min(a.col, b.col),
      Math.max(a.row, b.row),
      Math.max(a.col, b.col),
    ];
    const [top, left, bottom, right] = range;
    check(ranges.length < 2000 && (bottom - top + 1) * (right - left + 1) < 100000, 'merges');
    for (const [t, l, bo, ri] of ranges) {
      check(bottom < t || top > bo || right < l || left > ri, 'overlapping merges');
    }
    ranges.push(range);
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) {
        if (row !== top || col !== left) hidden.add(row * MAX_COLUMNS + col);
      }
    }
  }
  return hidden;
}
