import type { CellValue, SheetGrid } from '../grid/cell';
import { toA1 } from '../grid/address';
import type { ColumnLayout, IndicatorNature } from '../model/table';
import type { Unit } from '../model/unit';
import { classifyHeader } from './header';
import { assignParents, type HierarchyInput } from './hierarchy';
import { normaliseLabel, type NormalisedLabel } from './label';
import { indicatorNature } from './nature';
import { childKey } from './row-key';
import { toSimplified } from './traditional';
import { resolveRowUnit } from './unit-resolve';

/**
 * The plan of a sheet's body: which rows are indicator rows and what each one is (key,
 * level, unit, nature…), everything but their numbers. It depends only on the label and
 * unit columns, the indents and which rows hold content, so the township sheets of one
 * template, read one after the other, share one plan: a sheet whose body says the same as
 * the previous sheet's gets that plan back instead of reading every label again.
 */

/** A body row holds a number in a value column. */
export const HAS_NUMBER = 1;
/** A body row holds anything in a value column (a number, a dash, a text…). */
export const HAS_CONTENT = 2;

/** What the plan is worked out from. */
export interface PlanInput {
  readonly grid: SheetGrid;
  readonly layout: ColumnLayout;
  /** The first row after the header (0-based). */
  readonly bodyStart: number;
  /** Per body row (from `bodyStart`): HAS_NUMBER | HAS_CONTENT of its value cells. */
  readonly flags: ArrayLike<number>;
  /** The sheet's "单位：万元" line. */
  readonly defaultUnit: Unit | null;
  readonly aliases: Readonly<Record<string, string>> | undefined;
}

/** An indicator row of the plan. */
export interface PlannedRow {
  readonly kind: 'row';
  /** 0-based grid row. */
  readonly row: number;
  readonly labelCell: string;
  readonly key: string;
  readonly name: string;
  readonly label: string;
  /** The name as shown in messages. */
  readonly display: string;
  readonly unit: Unit | null;
  /** The unit as written when it is not a unit we know. */
  readonly unitText: string | null;
  /** The unit cell to name in parse.unit-unknown, when its text is not a known unit. */
  readonly unknownUnitCell: string | null;
  readonly level: number;
  readonly parentKey: string | null;
  readonly nature: IndicatorNature;
}

/** A row repeating an indicator an earlier row of the sheet has (parse.duplicate-indicator). */
export interface PlannedDuplicate {
  readonly kind: 'duplicate';
  readonly labelCell: string;
  readonly display: string;
  /** The earlier row's label cell. */
  readonly first: string;
}

/** A label cell that holds a number or a boolean instead of an indicator name. */
export interface NotTextLabel {
  readonly cell: string;
  readonly row: number;
  readonly text: string;
}

export interface RowPlan {
  /** Rows with a number but no label (parse.label-missing), in sheet order. */
  readonly unlabelled: readonly { readonly cell: string; readonly row: number }[];
  /**
   * Rows with a number whose label is a number or TRUE/FALSE, not a name
   * (parse.label-not-text): `row` 1-based, `text` the label as shown. Not indicator rows.
   */
  readonly notText: readonly NotTextLabel[];
  /** The indicator rows and the repeated ones, in sheet order. */
  readonly entries: readonly (PlannedRow | PlannedDuplicate)[];
  /** How many entries are rows. */
  readonly rowCount: number;
}

const FOOTNOTE =
  /^(?:注\d*|说明|备注|附注|资料来源|数据来源|填表人|填报人|制表人|审核人|统计负责人|单位负责人|负责人|联系电话|电话|填报日期|报出日期|制表日期)[:：]/;
const SENTENCE = /[，。；;！？]/;
/** A label that is only a number ("2025", "1,200", "3.5"): not an indicator name. */
const NUMBER_ONLY = /^[+-]?[\d,]*\.?\d+$/;
const SENTENCE_LENGTH = 30;
const EMPTY_ROW: readonly CellValue[] = [];

/** A row that may be an indicator row; also the hierarchy's input for it. */
interface Candidate extends HierarchyInput {
  readonly row: number;
  readonly norm: NormalisedLabel;
  readonly labelCell: string;
  readonly hasContent: boolean;
  readonly unitCell: CellValue | undefined;
}

/** What a plan was worked out from, per body row, to tell whether the next sheet's is the same. */
interface PlanKey {
  readonly indicator: number;
  readonly unit: number | null;
  readonly bodyStart: number;
  readonly defaultUnit: Unit | null;
  readonly aliases: Readonly<Record<string, string>> | undefined;
  /** The cells as read (undefined past a row's end), compared by identity. */
  readonly labels: readonly (CellValue | undefined)[];
  readonly units: readonly (CellValue | undefined)[];
  /** Undefined when the sheet has no indents. */
  readonly indents: readonly (number | undefined)[] | undefined;
  readonly flags: readonly number[];
}

let last: { readonly key: PlanKey; readonly plan: RowPlan } | null = null;

function indentOf(grid: SheetGrid, row: number, indicator: number): number | undefined {
  return grid.indents?.[toA1(row, indicator)];
}

function sameKey(input: PlanInput, key: PlanKey): boolean {
  const { grid, layout, bodyStart, flags } = input;
  const { indicator, unit } = layout;
  if (
    key.indicator !== indicator ||
    key.unit !== unit ||
    key.bodyStart !== bodyStart ||
    key.defaultUnit !== input.defaultUnit ||
    key.aliases !== input.aliases ||
    key.labels.length !== grid.rows.length - bodyStart ||
    (key.indents === undefined) !== (grid.indents === undefined)
  ) {
    return false;
  }
  for (let at = 0; at < key.labels.length; at += 1) {
    const row = bodyStart + at;
    const cells = grid.rows[row] ?? EMPTY_ROW;
    if (
      cells[indicator] !== key.labels[at] ||
      flags[at] !== key.flags[at] ||
      (unit !== null && cells[unit] !== key.units[at]) ||
      (key.indents !== undefined && indentOf(grid, row, indicator) !== key.indents[at])
    ) {
      return false;
    }
  }
  return true;
}

function keyOf(input: PlanInput): PlanKey {
  const { grid, layout, bodyStart } = input;
  const labels: (CellValue | undefined)[] = [];
  const units: (CellValue | undefined)[] = [];
  const indents: (number | undefined)[] = [];
  const flags: number[] = [];
  for (let row = bodyStart; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? EMPTY_ROW;
    labels.push(cells[layout.indicator]);
    units.push(layout.unit === null ? undefined : cells[layout.unit]);
    indents.push(indentOf(grid, row, layout.indicator));
    flags.push(input.flags[row - bodyStart] ?? 0);
  }
  return {
    indicator: layout.indicator,
    unit: layout.unit,
    bodyStart,
    defaultUnit: input.defaultUnit,
    aliases: input.aliases,
    labels,
    units,
    indents: grid.indents === undefined ? undefined : indents,
    flags,
  };
}

/**
 * The plan of a sheet's body; the previous call's plan when the sheet's label and unit
 * columns, indents and content flags are those of the previous call's sheet. Read it, do
 * not change it: it is shared.
 *
 * @example
 * planRows({ grid, layout, bodyStart: 3, flags, defaultUnit: null, aliases: undefined })
 *   .entries[0] // { kind: 'row', key: '工业总产值', level: 0, … }
 */
export function planRows(input: PlanInput): RowPlan {
  if (last !== null && sameKey(input, last.key)) return last.plan;
  const plan = workOutPlan(input);
  last = { key: keyOf(input), plan };
  return plan;
}

/** Pass 1: which body rows may be indicator rows (and which have a number but no label). */
function findCandidates(
  input: PlanInput,
  unlabelled: { cell: string; row: number }[],
  notText: NotTextLabel[],
): Candidate[] {
  const { grid, layout, bodyStart, flags, aliases } = input;
  const candidates: Candidate[] = [];
  let afterFootnote = false;
  for (let row = bodyStart; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? EMPTY_ROW;
    const rowFlags = flags[row - bodyStart] ?? 0;
    const hasNumber = (rowFlags & HAS_NUMBER) !== 0;
    const hasContent = (rowFlags & HAS_CONTENT) !== 0;
    const labelValue = cells[layout.indicator];
    const labelCell = toA1(row, layout.indicator);
    if (labelValue === null || labelValue === undefined || labelValue === '') {
      if (hasNumber) unlabelled.push({ cell: labelCell, row: row + 1 });
      continue;
    }
    if (typeof labelValue !== 'string') {
      // A number (2025) or TRUE/FALSE is not an indicator name: with figures, a doubt.
      if (hasNumber) notText.push({ cell: labelCell, row: row + 1, text: shown(labelValue) });
      continue;
    }
    const labelText = labelValue;
    const norm = labelText.trim() === '' ? null : normaliseLabel(labelText, aliases);
    if (norm === null || norm.name === '') {
      if (hasNumber) unlabelled.push({ cell: labelCell, row: row + 1 });
      continue;
    }
    if (NUMBER_ONLY.test(norm.name)) {
      if (hasNumber) notText.push({ cell: labelCell, row: row + 1, text: labelText.trim() });
      continue;
    }
    if (FOOTNOTE.test(toSimplified(norm.label))) {
      afterFootnote = true;
      continue;
    }
    // A header repeated in the body (printed page breaks).
    if (!hasNumber && classifyHeader(labelText) === 'indicator') continue;
    if (!hasContent) {
      if (afterFootnote) continue;
      if (norm.label.length > SENTENCE_LENGTH || SENTENCE.test(norm.label)) continue;
    }
    candidates.push({
      indent: (grid.indents?.[labelCell] ?? 0) + norm.indent,
      childMarker: norm.childMarker,
      prefixWidth: norm.prefixWidth,
      row,
      norm,
      labelCell,
      hasContent,
      unitCell: layout.unit === null ? undefined : cells[layout.unit],
    });
  }
  return candidates;
}

/** Pass 2: the hierarchy; which candidates are kept (value-less headings that are neither units nor 其中 parents are not). */
function keptCandidates(candidates: readonly Candidate[], parents: readonly number[]): boolean[] {
  const hasMarkedChild = new Set<number>();
  parents.forEach((parent, index) => {
    if (parent >= 0 && candidates[index]?.norm.childMarker === true) hasMarkedChild.add(parent);
  });
  return candidates.map((c, index) => {
    if (c.hasContent || hasMarkedChild.has(index) || c.norm.unit !== null) return true;
    return typeof c.unitCell === 'string'
      ? c.unitCell.trim() !== ''
      : typeof c.unitCell === 'number';
  });
}

/** A label cell that is not text, as Excel shows it. */
function shown(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function workOutPlan(input: PlanInput): RowPlan {
  const { layout, defaultUnit } = input;
  const unlabelled: { cell: string; row: number }[] = [];
  const notText: NotTextLabel[] = [];
  const candidates = findCandidates(input, unlabelled, notText);
  const parents = assignParents(candidates);
  const kept = keptCandidates(candidates, parents);

  // Pass 3: keys, levels, units and natures of the kept rows.
  const entries: (PlannedRow | PlannedDuplicate)[] = [];
  let rowCount = 0;
  const keys: string[] = [];
  const levels: number[] = [];
  const firstCell = new Map<string, string>();
  candidates.forEach((c, index) => {
    if (!kept[index]) return;
    let parent = parents[index] ?? -1;
    while (parent >= 0 && !kept[parent]) parent = parents[parent] ?? -1;
    const parentKey = parent < 0 ? null : (keys[parent] ?? null);
    const level = parent < 0 ? 0 : (levels[parent] ?? 0) + 1;
    const { norm } = c;
    const key = parentKey === null ? norm.name : childKey(parentKey, norm.name);
    keys[index] = key;
    levels[index] = level;
    const first = firstCell.get(key);
    if (first !== undefined) {
      entries.push({ kind: 'duplicate', labelCell: c.labelCell, display: norm.display, first });
      return;
    }
    firstCell.set(key, c.labelCell);
    const rowUnit = resolveRowUnit(c.unitCell, norm.unit, defaultUnit);
    entries.push({
      kind: 'row',
      row: c.row,
      labelCell: c.labelCell,
      key,
      name: norm.name,
      label: norm.label,
      display: norm.display,
      unit: rowUnit.unit,
      unitText: rowUnit.unknownText,
      unknownUnitCell:
        rowUnit.unknownText !== null && layout.unit !== null ? toA1(c.row, layout.unit) : null,
      level,
      parentKey,
      nature: indicatorNature(norm.name, rowUnit.unit),
    });
    rowCount += 1;
  });
  return { unlabelled, notText, entries, rowCount };
}
