import { columnLetters } from '../../../core/grid';
import { isFormulaLike } from '../../../core/grid/formula-like';
import type { OutputLink, OutputMerge, OutputSheet } from '../../../core/output';
import type { CellLook, CellStyles } from './cell-styles';
import type { SharedStrings } from './shared-strings';
import { MAIN_NS, RELATIONSHIPS_NS, XML_DECLARATION, xmlText } from './xml-text';

/** Excel's Text number format: formula-like text stays text when a user edits the cell. */
const TEXT_FORMAT = '@';
const PLAIN: CellLook = { format: null, bold: false, wrap: false, link: false };
/** The size of the pieces the sheet is yielded in, in characters. */
const PIECE_CHARS = 16384;

/** What a worksheet's XML refers to outside itself. */
export interface WorksheetParts {
  readonly strings: SharedStrings;
  readonly styles: CellStyles;
  /** A wanted sheet name to its written name; null: not in this workbook (link left out). */
  readonly sheetName: (wanted: string) => string | null;
  /** The relationship id of the sheet's drawing (the 图表 sheet's pictures), if any. */
  readonly drawing?: string;
}

/**
 * A worksheet part (xl/worksheets/sheetN.xml) of one output sheet, in pieces of about
 * 16k characters, row after row: nothing but the sheet itself is held, whatever its size. The cells
 * are those exceljs wrote for the sheet (`writeSheet`): values (text always a shared-string
 * cell, never a formula; formula-like text gets the Text format), number formats, bold
 * rows, wrapped columns, column widths, frozen panes, merges (the hidden cells take the
 * first cell's look), and internal links (blue, underlined; the cell shows its text, or
 * the target's address when empty).
 *
 * @example
 * for (const piece of worksheetXml(sheet, { strings, styles, sheetName })) out.write(piece);
 */
export function* worksheetXml(sheet: OutputSheet, parts: WorksheetParts): Generator<string> {
  const links = sheet.links.filter((link) => parts.sheetName(link.sheet) !== null);
  const merges = sheet.merges.filter((merge) => merge.rowSpan > 1 || merge.colSpan > 1);
  const linkAt = new Map(links.map((link) => [cellKey(link.row, link.col), link]));
  /** Per row, the width its links reach. */
  const linkWidth = new Map<number, number>();
  let lastRow = sheet.rows.length - 1;
  let lastCol = 0;
  for (const row of sheet.rows) lastCol = Math.max(lastCol, row.length - 1);
  for (const link of links) {
    linkWidth.set(link.row, Math.max(linkWidth.get(link.row) ?? 0, link.col + 1));
    lastRow = Math.max(lastRow, link.row);
    lastCol = Math.max(lastCol, link.col);
  }
  for (const merge of merges) {
    lastRow = Math.max(lastRow, merge.row + merge.rowSpan - 1);
    lastCol = Math.max(lastCol, merge.col + merge.colSpan - 1);
  }
  yield header(sheet, lastRow, lastCol, parts.drawing !== undefined);
  const masters = mergeMasters(merges);
  const bold = new Set(sheet.boldRows);
  const wrap = new Set(sheet.wrapColumns);
  const masterStyles = new Map<number, number>();
  // Pieces stay small (16k characters): a large string lives in V8's old space until a
  // full collection, and a 4,000-column row built whole would grow the heap by megabytes.
  let piece = '<sheetData>';
  for (let r = 0; r <= lastRow; r++) {
    let open = false;
    const width = Math.max(sheet.rows[r]?.length ?? 0, linkWidth.get(r) ?? 0);
    const hidden = masters.byRow.get(r);
    for (let c = 0; c < Math.max(width, hidden?.last ?? 0); c++) {
      const key = cellKey(r, c);
      const master = hidden?.cells.get(c);
      let xml: string | null = null;
      if (master !== undefined) {
        // A cell under a merge shows nothing: it takes its first cell's look, as in Excel.
        const style = masterStyles.get(master) ?? 0;
        if (style !== 0) xml = `<c r="${address(r, c)}" s="${style}"/>`;
      } else {
        const cell = cellXml(sheet, r, c, bold.has(r), wrap.has(c), linkAt.get(key), parts);
        if (cell !== null && masters.isMaster.has(key)) masterStyles.set(key, cell.style);
        xml = cell?.xml ?? null;
      }
      if (xml === null) continue;
      if (!open) {
        piece += `<row r="${r + 1}">`;
        open = true;
      }
      piece += xml;
      if (piece.length > PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    if (open) piece += '</row>';
  }
  yield `${piece}</sheetData>${footer(merges, links, parts)}`;
}

/** The cell's XML and style index, or null when nothing is written there. */
function cellXml(
  sheet: OutputSheet,
  r: number,
  c: number,
  isBold: boolean,
  isWrapped: boolean,
  link: OutputLink | undefined,
  parts: WorksheetParts,
): { xml: string; style: number } | null {
  const value = sheet.rows[r]?.[c] ?? null;
  const format =
    typeof value === 'string' && isFormulaLike(value)
      ? TEXT_FORMAT
      : (sheet.numberFormats[r]?.[c] ?? null);
  const written = value !== null || format !== null || isBold;
  if (!written && link === undefined) return null;
  const styled = written && (format !== null || isBold || isWrapped);
  const look: CellLook = {
    ...(styled ? { format, bold: isBold, wrap: isWrapped } : PLAIN),
    link: link !== undefined,
  };
  const style = parts.styles.indexOf(look);
  const s = style === 0 ? '' : ` s="${style}"`;
  const ref = address(r, c);
  // A linked cell holds text: its value as shown, or the address it points to.
  const shown = link === undefined ? value : value === null ? link.cell : String(value);
  if (typeof shown === 'string') {
    return { xml: `<c r="${ref}"${s} t="s"><v>${parts.strings.indexOf(shown)}</v></c>`, style };
  }
  if (typeof shown === 'number' && Number.isFinite(shown)) {
    return { xml: `<c r="${ref}"${s}><v>${shown}</v></c>`, style };
  }
  return { xml: `<c r="${ref}"${s}/>`, style };
}

function header(sheet: OutputSheet, lastRow: number, lastCol: number, drawing: boolean): string {
  const dimension = `A1:${address(Math.max(lastRow, 0), lastCol)}`;
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}"${drawing ? ` xmlns:r="${RELATIONSHIPS_NS}"` : ''}>` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozenPane(sheet)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(sheet.columnWidths)
  );
}

/** The frozen panes of a sheet, as Excel writes them. */
function frozenPane(sheet: OutputSheet): string {
  const { frozenRows: rows, frozenColumns: cols } = sheet;
  if (rows === 0 && cols === 0) return '';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}` +
    ` topLeftCell="${address(rows, cols)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/>`
  );
}

/** Column widths, runs of equal widths as one element. */
function columns(widths: readonly number[]): string {
  const out: string[] = [];
  let c = 0;
  while (c < widths.length) {
    const width = widths[c];
    if (width === undefined) {
      c++;
      continue;
    }
    let last = c;
    while (last + 1 < widths.length && widths[last + 1] === width) last++;
    out.push(`<col min="${c + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`);
    c = last + 1;
  }
  return out.length === 0 ? '' : `<cols>${out.join('')}</cols>`;
}

function footer(
  merges: readonly OutputMerge[],
  links: readonly OutputLink[],
  parts: WorksheetParts,
): string {
  const mergeXml =
    merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges
          .map(
            (m) =>
              `<mergeCell ref="${address(m.row, m.col)}:${address(m.row + m.rowSpan - 1, m.col + m.colSpan - 1)}"/>`,
          )
          .join('')}</mergeCells>`;
  const linkXml =
    links.length === 0
      ? ''
      : `<hyperlinks>${links
          .map((link) => {
            const target = `'${(parts.sheetName(link.sheet) ?? '').replace(/'/g, "''")}'!${link.cell.replace(/\$/g, '')}`;
            return `<hyperlink ref="${address(link.row, link.col)}" location="${xmlText(target)}"/>`;
          })
          .join('')}</hyperlinks>`;
  return (
    mergeXml +
    linkXml +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (parts.drawing !== undefined ? `<drawing r:id="${parts.drawing}"/>` : '') +
    '</worksheet>'
  );
}

/** For each row, the cells hidden under a merge (column -> its merge's first cell). */
function mergeMasters(merges: readonly OutputMerge[]): {
  byRow: Map<number, { cells: Map<number, number>; last: number }>;
  isMaster: Set<number>;
} {
  const byRow = new Map<number, { cells: Map<number, number>; last: number }>();
  const isMaster = new Set<number>();
  for (const m of merges) {
    const master = cellKey(m.row, m.col);
    isMaster.add(master);
    for (let r = m.row; r < m.row + m.rowSpan; r++) {
      const row = byRow.get(r) ?? { cells: new Map<number, number>(), last: 0 };
      for (let c = m.col; c < m.col + m.colSpan; c++) {
        if (r !== m.row || c !== m.col) row.cells.set(c, master);
      }
      row.last = Math.max(row.last, m.col + m.colSpan);
      byRow.set(r, row);
    }
  }
  return { byRow, isMaster };
}

function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** Column letters met so far (a large sheet asks for the same few thousand again and again). */
const LETTERS: string[] = [];

function address(row: number, col: number): string {
  return `${(LETTERS[col] ??= columnLetters(col))}${row + 1}`;
}
