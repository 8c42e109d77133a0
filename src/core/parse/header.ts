import type { SheetGrid } from '../grid/cell';
import type { ColumnLayout, ValueColumn } from '../model/table';
import { parseUnit } from '../model/unit';
import { toSimplified } from './traditional';
import { removeSpaces, toHalfWidth } from './text';

/** What a header cell names. */
export type HeaderKind = ValueColumn | 'indicator' | 'unit' | 'notes';

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 100;

const INDICATOR = new Set([
  '指标名称',
  '指标',
  '项目',
  '名称',
  '项目名称',
  '指标项目',
  '主要指标',
  '指标名',
]);
const UNIT = new Set(['计量单位', '单位', '计算单位']);
const NOTES = new Set(['备注', '说明']);

// Order matters: growth before previous (比上年同期增长), completion before target and
// current (完成目标, 实际完成), previous before current (上年同期 vs 同期/本期).
const GROWTH = /增长|增幅|增速|增减|±|\+-|同比|幅度/;
const COMPLETION =
  /完成(?:率|目标|进度|计划|全年|年度|任务)|(?:目标|计划|任务)完成|占(?:全年|年度)?(?:目标|计划|任务)|进度/;
const TARGET = /目标|计划|任务/;
const PREVIOUS = /^(?:\d{4}年)?(?:(?:上年|去年|上年度)(?:同期)?|同期)(?:.*)$/;
const PERIOD_WORD =
  '(?:\\d{1,2}[-—–~至到]\\d{1,2}月(?:份)?|\\d{1,2}月(?:份)?|上半年|下半年|前三季度|第?[一二三四1-4]季度)';
const CURRENT = new RegExp(
  '^(?:(?:本期|本年|今年|当期|本月)(?:累计)?(?:实际)?(?:完成)?(?:数)?' +
    '|实际完成|实际|累计|累计完成|完成|完成数|实际数' +
    `|(?:\\d{4}年)?${PERIOD_WORD}(?:累计)?(?:实际)?(?:完成)?(?:数)?)$`,
);
const YEAR_ONLY = /^(\d{4})年(?:度)?(?:累计)?(?:实际)?(?:完成)?(?:数)?$/;
const YEAR_PERIOD = new RegExp(`^(\\d{4})年${PERIOD_WORD}`);
const PERCENT_DECORATION = /\(%\)|%|‰/g;
/** A year alone ("2025", or the number 2025): a period column only beside an indicator column. */
const BARE_YEAR = /^(\d{4})$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const PAREN_GROUP = /\(([^()]*)\)/g;

/**
 * A header cell's text for matching: no spaces or line breaks, half-width, simplified,
 * without "(%)" or a unit in parentheses ("本期(万元)" -> "本期").
 *
 * @example
 * normaliseHeader('同比增长\n（%）') // "同比增长"
 */
export function normaliseHeader(text: string): string {
  // Simplified first, so that a Traditional unit ("本期（萬元）") is taken off like any other.
  return toSimplified(removeSpaces(toHalfWidth(text)))
    .replace(PERCENT_DECORATION, '')
    .replace(PAREN_GROUP, (whole, inner: string) => (parseUnit(inner) === null ? whole : ''));
}

/** What a cell's text says as a header cell: its column kind and the year it states. */
interface HeaderReading {
  readonly kind: HeaderKind | null;
  readonly year: number | null;
}

/**
 * Cell text -> its header reading. The header search reads the first 100 rows of every sheet,
 * and township sheets repeat the same labels and headers, so each text is read once.
 */
const readingCache = new Map<string, HeaderReading>();
const READING_CACHE_LIMIT = 10_000;

function headerReading(text: string): HeaderReading {
  let reading = readingCache.get(text);
  if (reading === undefined) {
    const normalised = normaliseHeader(text);
    const kind = kindOf(normalised);
    reading = {
      kind,
      year: kind === 'current' || kind === null ? columnYear(normalised) : null,
    };
    if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
    readingCache.set(text, reading);
  }
  return reading;
}

/**
 * Which column a header text names, or null.
 *
 * @example
 * classifyHeader('上年同期') // "previous"
 * classifyHeader('比上年同期增长(%)') // "growth"
 * classifyHeader('2025年1-6月') // "current"
 */
export function classifyHeader(text: string): HeaderKind | null {
  return headerReading(text).kind;
}

function kindOf(t: string): HeaderKind | null {
  if (t === '') return null;
  if (INDICATOR.has(t)) return 'indicator';
  if (UNIT.has(t)) return 'unit';
  if (NOTES.has(t)) return 'notes';
  if (GROWTH.test(t)) return 'growth';
  if (COMPLETION.test(t)) return 'completion';
  if (TARGET.test(t)) return 'target';
  if (PREVIOUS.test(t)) return 'previous';
  if (CURRENT.test(t)) return 'current';
  return null;
}

/** The year a normalised period column text states ("2025年1-6月", "2024年"), if any. */
function columnYear(t: string): number | null {
  const m = YEAR_ONLY.exec(t) ?? YEAR_PERIOD.exec(t);
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

/** The header search's outcome. */
export type HeaderResult =
  | { readonly kind: 'found'; readonly layout: ColumnLayout }
  | { readonly kind: 'duplicate'; readonly row: number; readonly column: string }
  | { readonly kind: 'none' };

interface RowClassification {
  readonly kinds: Map<number, HeaderKind>;
  readonly texts: Map<number, string>;
  readonly duplicate: string | null;
  readonly score: number;
  readonly valid: boolean;
  /** How many value columns it names. */
  readonly values: number;
}

/** A row that names nothing (every data row the header search reads): one shared value. */
const NOTHING: Pick<RowClassification, 'kinds' | 'texts'> = {
  kinds: new Map(),
  texts: new Map(),
};

/**
 * The year a cell states by itself, a number (2025) or a text ("2025"), or null: read as a
 * period column only in a row that also names the indicator column, so that a data row
 * holding years never becomes a header.
 */
function bareYear(cell: unknown): number | null {
  let year: number | null = null;
  if (typeof cell === 'number') year = Number.isInteger(cell) ? cell : null;
  else if (typeof cell === 'string') {
    const m = BARE_YEAR.exec(toHalfWidth(cell.trim()));
    year = m?.[1] === undefined ? null : Number(m[1]);
  }
  return year !== null && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/**
 * What each cell of a header row names, and its text as written. `underGroups`: the row is
 * the second row of a two-row header, where years alone name the columns under a group.
 */
function readRow(
  cells: readonly unknown[],
  underGroups = false,
): Pick<RowClassification, 'kinds' | 'texts'> {
  let names = false;
  for (let col = 0; col < cells.length && !names; col += 1) {
    const cell = cells[col];
    if (typeof cell !== 'string') {
      names = underGroups && bareYear(cell) !== null;
      continue;
    }
    const { kind, year } = headerReading(cell);
    names = kind !== null || year !== null || (underGroups && bareYear(cell) !== null);
  }
  if (!names) return NOTHING;
  const kinds = new Map<number, HeaderKind>();
  const texts = new Map<number, string>();
  let years: { col: number; year: number }[] = [];
  const bareYears: { col: number; year: number }[] = [];
  let hasIndicator = false;
  for (let col = 0; col < cells.length; col += 1) {
    const cell = cells[col];
    if (typeof cell !== 'string') {
      const year = bareYear(cell);
      if (year !== null) bareYears.push({ col, year });
      continue;
    }
    const { kind, year } = headerReading(cell);
    if (year !== null) years.push({ col, year });
    else if (kind === null) {
      const bare = bareYear(cell);
      if (bare !== null) bareYears.push({ col, year: bare });
    }
    if (kind === 'indicator') hasIndicator = true;
    if (kind !== null) {
      kinds.set(col, kind);
      texts.set(col, cell.trim());
    }
  }
  // 2025 | 2024 (numbers or text) beside 指标名称: read as "2025年 | 2024年".
  if (years.length === 0 && (hasIndicator || underGroups)) years = bareYears;
  // "2025年1-6月 | 2024年1-6月" or "2025年 | 2024年": the later year is 本期, the earlier 上年同期.
  if (years.length === 2 && years[0] !== undefined && years[1] !== undefined) {
    const [a, b] = years;
    if (a.year !== b.year) {
      const later = a.year > b.year ? a : b;
      const earlier = later === a ? b : a;
      kinds.set(later.col, 'current');
      kinds.set(earlier.col, 'previous');
      texts.set(a.col, String(cells[a.col]).trim());
      texts.set(b.col, String(cells[b.col]).trim());
    }
  }
  return { kinds, texts };
}

function summarise(kinds: Map<number, HeaderKind>, texts: Map<number, string>): RowClassification {
  const seen = new Set<HeaderKind>();
  let duplicate: string | null = null;
  let hasIndicator = false;
  let values = 0;
  for (const [col, kind] of kinds) {
    if (kind === 'indicator') hasIndicator = true;
    else if (kind !== 'unit' && kind !== 'notes') {
      values += 1;
      if (seen.has(kind) && duplicate === null) duplicate = texts.get(col) ?? kind;
    }
    seen.add(kind);
  }
  return { kinds, texts, duplicate, score: seen.size, valid: hasIndicator && values > 0, values };
}

const NAMES_NOTHING: RowClassification = {
  ...NOTHING,
  duplicate: null,
  score: 0,
  valid: false,
  values: 0,
};

function classifyRow(cells: readonly unknown[]): RowClassification {
  const read = readRow(cells);
  return read === NOTHING ? NAMES_NOTHING : summarise(read.kinds, read.texts);
}

function isValueKind(kind: HeaderKind | null | undefined): kind is ValueColumn {
  return (
    kind !== null &&
    kind !== undefined &&
    kind !== 'indicator' &&
    kind !== 'unit' &&
    kind !== 'notes'
  );
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** "完成(%)", "完成%": a percent column under a group header. */
const PERCENT_MARK = /[%％‰]/;

/**
 * A two-row header: `top` names the indicator column and groups of columns (merged across,
 * so the cells after a group's first are empty), `sub` names the columns under them:
 *
 *   指标名称 | 计量单位 | 2025年1-6月 |             | 全年 |
 *            |          | 本期        | 同比增长(%) | 目标 | 完成(%)
 *
 *   指标名称 | 计量单位 | 本期   |       | 上年同期 |
 *            |          | 绝对数 | 增长% | 绝对数   |
 *
 * A column is what its `sub` cell names ("完成(%)" under a group: the completion percent),
 * else what its group names ("绝对数" under 本期: 本期), else what `top` names for it alone
 * (a cell merged down both rows). Null when `sub` is not such a row (it has a number or an
 * indicator name, or names nothing more than `top` alone) or when two columns would name
 * the same thing: `top` is then read alone.
 */
function combineRows(
  top: readonly unknown[],
  topAlone: RowClassification,
  sub: readonly unknown[],
): RowClassification | null {
  let indicator: number | undefined;
  for (const [col, kind] of topAlone.kinds) if (kind === 'indicator') indicator ??= col;
  if (indicator === undefined || !isBlank(sub[indicator])) return null;
  // A number under a group is a year (2025 | 2024 under 1-6月), or the row is a data row.
  if (sub.some((cell) => typeof cell === 'boolean')) return null;
  if (sub.some((cell) => typeof cell === 'number' && bareYear(cell) === null)) return null;
  const under = readRow(sub, true);
  const kinds = new Map<number, HeaderKind>();
  const texts = new Map<number, string>();
  let group: { kind: HeaderKind | null; text: string } | null = null;
  const width = Math.max(top.length, sub.length);
  for (let col = 0; col < width; col += 1) {
    const topCell = top[col];
    const topKind = topAlone.kinds.get(col);
    if (!isBlank(topCell)) {
      group =
        isValueKind(topKind) || topKind === undefined
          ? { kind: topKind ?? null, text: String(topCell).trim() }
          : null;
    }
    const subCell = sub[col];
    if (isBlank(subCell)) {
      // A cell merged down both rows, or a group's first column with nothing under it.
      if (topKind !== undefined) {
        kinds.set(col, topKind);
        texts.set(col, topAlone.texts.get(col) ?? '');
      }
      continue;
    }
    if (topKind !== undefined && !isValueKind(topKind)) {
      // The indicator, unit or notes column keeps its name.
      kinds.set(col, topKind);
      texts.set(col, topAlone.texts.get(col) ?? '');
      continue;
    }
    const subText = String(subCell).trim();
    let kind: HeaderKind | null = under.kinds.get(col) ?? null;
    if (kind === 'current' && PERCENT_MARK.test(subText)) kind = 'completion';
    if (!isValueKind(kind)) kind = isValueKind(group?.kind) ? (group?.kind ?? null) : null;
    if (kind === null) continue;
    kinds.set(col, kind);
    texts.set(col, group === null ? subText : `${group.text} ${subText}`);
  }
  const combined = summarise(kinds, texts);
  if (!combined.valid || combined.duplicate !== null || combined.values <= topAlone.values) {
    return null;
  }
  return combined;
}

/**
 * Finds the header row by content in the first rows of a sheet: the row that names the most
 * known columns, with an indicator column and at least one value column.
 *
 * @example
 * findHeader({ name: 'x', rows: [['标题'], ['指标名称', '计量单位', '本期']] })
 * // { kind: 'found', layout: { headerRow: 1, indicator: 0, unit: 1, notes: null,
 * //   values: { current: 2 }, headerText: { … } } }
 */
export function findHeader(grid: SheetGrid): HeaderResult {
  let best: { row: number; rows: number; result: RowClassification } | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row += 1) {
    const cells = grid.rows[row];
    if (cells === undefined || cells.length === 0) continue;
    const alone = classifyRow(cells);
    const next = grid.rows[row + 1];
    const combined =
      next !== undefined && alone.kinds.size > 0 ? combineRows(cells, alone, next) : null;
    const result = combined ?? alone;
    if (!result.valid) continue;
    if (best === null || result.score > best.result.score) {
      best = { row, rows: combined === null ? 1 : 2, result };
    }
  }
  if (best === null) return { kind: 'none' };
  const { row, rows, result } = best;
  if (result.duplicate !== null) return { kind: 'duplicate', row, column: result.duplicate };

  let indicator: number | null = null;
  let unit: number | null = null;
  let notes: number | null = null;
  const values: Partial<Record<ValueColumn, number>> = {};
  const headerText: Partial<Record<HeaderKind, string>> = {};
  for (const [col, kind] of result.kinds) {
    const text = result.texts.get(col) ?? '';
    if (kind === 'indicator') {
      if (indicator !== null) continue;
      indicator = col;
    } else if (kind === 'unit') {
      if (unit !== null) continue;
      unit = col;
    } else if (kind === 'notes') {
      if (notes !== null) continue;
      notes = col;
    } else {
      values[kind] = col;
    }
    headerText[kind] = text;
  }
  if (indicator === null) return { kind: 'none' };
  return {
    kind: 'found',
    layout: { headerRow: row, headerRows: rows, indicator, unit, notes, values, headerText },
  };
}
