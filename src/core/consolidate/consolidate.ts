import { changePp } from '../compute/change-pp';
import { completion } from '../compute/completion';
import { contributionOfIncrease, increaseOf, pullOfIncrease } from '../compute/contribution';
import { growth, growthOfIncrease } from '../compute/growth';
import { convertExact, exactSum, exactSumSkippingNaN } from '../compute/numeric-policy';
import { rank } from '../compute/rank';
import { share } from '../compute/share';
import { formatMessage } from '../diagnostics/format';
import { issue, type Issue } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import { toA1 } from '../grid/address';
import type {
  ConsolidatedIndicator,
  Consolidation,
  Growth,
  TownshipFigures,
} from '../model/consolidation';
import { recordFigureNumbers, recordIndicatorNumbers } from '../model/figure-numbers';
import type { Period } from '../model/period';
import type { IndicatorRow, StatTable } from '../model/table';
import { convertible, type Unit } from '../model/unit';
import { deriveValue, indexComponents, type Component } from './derive';
import { gatherEntries, type Entries } from './entries';
import { IndicatorOrder } from './indicator-order';
import { chooseUnitOf, unitIdentity, unitLabel, type IndicatorUnit } from './indicator-unit';
import { DEFAULT_DERIVATIONS, type ConsolidateOptions } from './options';
import { singleUnitValue } from './single-unit';
import { figureColumns, figureView, orNull, type FigureColumns } from './figure-columns';

/**
 * The townships' values in the indicator's unit, before the figures that need the totals:
 * parallel arrays, one slot per township whose unit converts; NaN where there is no number.
 */
interface Values {
  readonly townships: string[];
  readonly current: ArrayLike<number>;
  readonly previous: ArrayLike<number>;
  readonly target: ArrayLike<number>;
  /** The sheet and row of each slot, where the figures' sources are found. */
  readonly tables: readonly StatTable[];
  readonly rows: readonly IndicatorRow[];
}

/** `Values` being built slot by slot, when some row's unit is not the indicator's. */
interface ValuesBuilder {
  readonly townships: string[];
  readonly current: number[];
  readonly previous: number[];
  readonly target: number[];
  readonly tables: StatTable[];
  readonly rows: IndicatorRow[];
}

/** An indicator between the passes: additive totals known, non-additive ones not yet. */
interface Draft {
  readonly key: string;
  readonly first: IndicatorRow;
  readonly unit: IndicatorUnit;
  readonly additive: boolean;
  readonly values: Values;
  readonly missingIn: readonly string[];
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  readonly growth: Growth;
  readonly completionPct: number | null;
  /** Σ本期 and Σ上年同期 over the townships reporting both. */
  readonly comparable: { readonly current: number | null; readonly previous: number | null };
  /** Whether every township reports 本期, and 上年同期 (for ratios of components). */
  readonly complete: { readonly current: boolean; readonly previous: boolean };
}

const MISSING: Growth = { pct: null, reason: 'missing' };

/** A summed column, for the overflow notices. */
type SummedColumn = 'current' | 'previous' | 'target';

/** The column's name as the 汇总 sheet heads it (本期, 上年同期, 全年目标). */
const COLUMN_WORD: Readonly<Record<SummedColumn, MessageCode>> = {
  current: 'output.col.current',
  previous: 'output.col.previous',
  target: 'output.col.target',
};

/**
 * A sum, or null with a 错误 when it is beyond the largest double (finite figures whose
 * exact sum overflows): the total is left empty, never Infinity. Checked once per sum.
 */
function finiteSum(
  sum: number | null,
  name: string,
  column: SummedColumn,
  issues: Issue[],
): number | null {
  if (sum === null || Number.isFinite(sum)) return sum;
  issues.push(
    issue(
      'consolidate.sum-overflow',
      'error',
      { indicator: name },
      { indicator: name, column: formatMessage(COLUMN_WORD[column]) },
    ),
  );
  return null;
}

/** A sum over a subset of townships: null when it overflows (its full sum reports that). */
function finiteOrNull(sum: number | null): number | null {
  return sum !== null && Number.isFinite(sum) ? sum : null;
}

/**
 * The exact sum of `values` over the slots where both `a` and `b` hold a number (NaN:
 * none), or null when there is no such slot.
 */
function sumWhere(
  values: ArrayLike<number>,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number | null {
  const picked: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(a[i]) && !Number.isNaN(b[i])) picked.push(values[i] as number);
  }
  return picked.length === 0 ? null : exactSum(picked);
}

function where(table: StatTable, cell: string, indicator: string): Issue['location'] {
  return table.file !== undefined
    ? { file: table.file, sheet: table.sheet, cell, indicator }
    : { sheet: table.sheet, cell, indicator };
}

/** The cell the row's unit came from: the unit column, else the label (unit in the label). */
function unitCell(table: StatTable, row: IndicatorRow): string {
  return table.layout.unit !== null ? toA1(row.row, table.layout.unit) : row.labelCell;
}

function sameUnit(rowUnit: Unit | null, rowUnitText: string | null, unit: IndicatorUnit): boolean {
  if (rowUnit !== null || unit.unit !== null) {
    return rowUnit !== null && unit.unit !== null && rowUnit.symbol === unit.unit.symbol;
  }
  return (rowUnitText || null) === unit.unitText;
}

/**
 * Appends entry `i`'s values in the indicator's unit to `into`; returns false (appending
 * nothing) when its unit does not convert. Only a row in another unit is read again.
 */
function readValues(
  entries: Entries,
  i: number,
  unit: IndicatorUnit,
  name: string,
  incompatibleUnits: () => string,
  issues: Issue[],
  into: ValuesBuilder,
): boolean {
  const table = entries.tables[i] as StatTable;
  const row = entries.rows[i] as IndicatorRow;
  let from: Unit | null = null;
  let to: Unit | null = null;
  if (!sameUnit(entries.units[i] ?? null, entries.unitTexts[i] ?? null, unit)) {
    if (unitIdentity(row) === null) {
      issues.push(
        issue('consolidate.unit-assumed', 'info', where(table, unitCell(table, row), name), {
          sheet: table.sheet,
          indicator: name,
          unit: unitLabel(unit),
        }),
      );
    } else if (row.unit === null || unit.unit === null || !convertible(row.unit, unit.unit)) {
      issues.push(
        issue('consolidate.unit-incompatible', 'error', where(table, unitCell(table, row), name), {
          indicator: name,
          units: incompatibleUnits(),
          sheet: table.sheet,
        }),
      );
      return false;
    } else {
      from = row.unit;
      to = unit.unit;
      issues.push(
        issue('consolidate.unit-converted', 'info', where(table, unitCell(table, row), name), {
          sheet: table.sheet,
          indicator: name,
          from: from.symbol,
          to: to.symbol,
        }),
      );
    }
  }
  into.townships.push(table.unitName);
  const converted = (column: SummedColumn): number => {
    const value = inUnit(entries[column][i] as number, from, to);
    if (Number.isFinite(value) || Number.isNaN(value) || to === null) return value;
    // 1e305 亿元 is beyond the largest double in 万元: not counted, never Infinity.
    issues.push(
      issue('consolidate.convert-overflow', 'error', where(table, unitCell(table, row), name), {
        sheet: table.sheet,
        indicator: name,
        column: formatMessage(COLUMN_WORD[column]),
        to: to.symbol,
      }),
    );
    return NaN;
  };
  into.current.push(converted('current'));
  into.previous.push(converted('previous'));
  into.target.push(converted('target'));
  into.tables.push(table);
  into.rows.push(row);
  return true;
}

/**
 * The townships' values in the indicator's unit: the entries themselves when every row is
 * in that unit (the common case), else read row by row with the units converted.
 */
function indicatorValues(
  entries: Entries,
  unit: IndicatorUnit,
  name: string,
  incompatibleUnits: () => string,
  issues: Issue[],
): Values {
  const { tables, rows, units, unitTexts } = entries;
  let i = 0;
  while (i < rows.length && sameUnit(units[i] ?? null, unitTexts[i] ?? null, unit)) i++;
  if (i === rows.length) {
    return {
      townships: tables.map((table) => table.unitName),
      current: entries.current,
      previous: entries.previous,
      target: entries.target,
      tables,
      rows,
    };
  }
  const values: ValuesBuilder = {
    townships: [],
    current: [],
    previous: [],
    target: [],
    tables: [],
    rows: [],
  };
  for (let j = 0; j < rows.length; j++) {
    readValues(entries, j, unit, name, incompatibleUnits, issues, values);
  }
  return values;
}

/** A value (NaN: none), converted when `from` and `to` are given. */
function inUnit(value: number, from: Unit | null, to: Unit | null): number {
  if (Number.isNaN(value)) return NaN;
  return from !== null && to !== null ? convertExact(value, from, to) : value;
}

/** The townships (of `townships`) that have no row in `entries`. */
function missingTownships(entries: Entries, townships: readonly StatTable[]): string[] {
  // Each township gives at most one row, so as many rows as townships means all report it.
  if (entries.tables.length === townships.length) return [];
  const reporting = new Set(entries.tables);
  return townships.filter((t) => !reporting.has(t)).map((t) => t.unitName);
}

/** How many townships report each figure of an indicator, and which report 本期 only. */
interface ReportCounts {
  readonly current: number;
  readonly previous: number;
  readonly target: number;
  /** 本期 and 上年同期 both. */
  readonly comparable: number;
  /** 本期 and 全年目标 both. */
  readonly withTarget: number;
  /** The townships with 本期 but no 上年同期. */
  readonly noBase: readonly string[];
}

/**
 * Counts what the townships report (a function of its own, a loop run for every indicator:
 * V8 optimises it after the first indicators, where a loop inside `draftIndicator` would
 * wait for that whole function).
 */
function reportCounts(values: Values): ReportCounts {
  let current = 0;
  let previous = 0;
  let target = 0;
  let comparable = 0;
  let withTarget = 0;
  const noBase: string[] = [];
  for (let i = 0; i < values.townships.length; i++) {
    const hasCurrent = !Number.isNaN(values.current[i]);
    const hasPrevious = !Number.isNaN(values.previous[i]);
    const hasTarget = !Number.isNaN(values.target[i]);
    if (hasCurrent) current++;
    if (hasPrevious) previous++;
    if (hasTarget) target++;
    if (hasCurrent && hasPrevious) comparable++;
    else if (hasCurrent) noBase.push(values.townships[i] as string);
    if (hasCurrent && hasTarget) withTarget++;
  }
  return { current, previous, target, comparable, withTarget, noBase };
}

function draftIndicator(
  key: string,
  entries: Entries,
  townships: readonly StatTable[],
  issues: Issue[],
): Draft {
  const { rows } = entries;
  const first = rows[0] as IndicatorRow;
  const name = first.name;
  const unit = chooseUnitOf(entries.units, entries.unitTexts);
  let units: string | null = null;
  const incompatibleUnits = (): string =>
    (units ??= [...new Set(rows.map((row) => unitLabel(row)).filter((u) => u !== ''))].join('、'));
  const values = indicatorValues(entries, unit, name, incompatibleUnits, issues);
  const additive = entries.additive && (unit.unit === null || unit.unit.additive);

  const missingIn = missingTownships(entries, townships);
  if (missingIn.length > 0) {
    issues.push(
      issue(
        'consolidate.indicator-partial',
        'info',
        { indicator: name },
        { indicator: name, count: rows.length, missing: missingIn.join('、') },
      ),
    );
  }

  const base = { key, first, unit, additive, values, missingIn };
  if (!additive) {
    return {
      ...base,
      current: null,
      previous: null,
      target: null,
      growth: MISSING,
      completionPct: null,
      comparable: { current: null, previous: null },
      complete: { current: false, previous: false },
    };
  }

  // Σ本期, Σ上年同期 and Σ目标 over every township reporting each; the comparable sums over
  // the townships reporting both figures are those same sums when every township reports
  // both (the common case), else summed from the subsets.
  const {
    current: currentCount,
    previous: previousCount,
    target: targetCount,
    comparable: comparableCount,
    withTarget: withTargetCount,
    noBase,
  } = reportCounts(values);
  const current = finiteSum(
    currentCount === 0 ? null : exactSumSkippingNaN(values.current),
    name,
    'current',
    issues,
  );
  const previous = finiteSum(
    previousCount === 0 ? null : exactSumSkippingNaN(values.previous),
    name,
    'previous',
    issues,
  );
  const target = finiteSum(
    targetCount === 0 ? null : exactSumSkippingNaN(values.target),
    name,
    'target',
    issues,
  );
  const comparable = {
    current:
      comparableCount === currentCount
        ? current
        : finiteOrNull(sumWhere(values.current, values.current, values.previous)),
    previous:
      comparableCount === previousCount
        ? previous
        : finiteOrNull(sumWhere(values.previous, values.current, values.previous)),
  };
  if (comparableCount > 0 && noBase.length > 0) {
    issues.push(
      issue(
        'consolidate.comparable-basis',
        'info',
        { indicator: name },
        { indicator: name, missing: noBase.join('、') },
      ),
    );
  }
  const withTargetCurrent =
    withTargetCount === currentCount
      ? current
      : finiteOrNull(sumWhere(values.current, values.current, values.target));
  const withTarget =
    withTargetCount === targetCount
      ? target
      : finiteOrNull(sumWhere(values.target, values.current, values.target));
  return {
    ...base,
    current,
    previous,
    target,
    growth: growth(comparable.current, comparable.previous),
    completionPct: completion(withTargetCurrent, withTarget),
    comparable,
    complete: {
      current: currentCount === townships.length,
      previous: previousCount === townships.length,
    },
  };
}

/** An indicator's township columns, computed: rank, growth, share, 拉动, 贡献率, completion. */
function townshipColumns(draft: Draft, totalCurrent: number | null): FigureColumns {
  const { values, additive, comparable } = draft;
  const columns = figureColumns({ ...values, rank: rank(values.current) });
  // The total's increase once per indicator; each township's once for 拉动 and 贡献率.
  const totalUp = additive ? increaseOf(comparable.current, comparable.previous) : null;
  for (let i = 0; i < values.townships.length; i++) {
    const current = orNull(values.current[i]);
    const previous = orNull(values.previous[i]);
    const target = orNull(values.target[i]);
    const increase = increaseOf(current, previous);
    const up = additive ? increase : null;
    const rate = growthOfIncrease(increase, previous);
    columns.growthPct[i] = rate.pct ?? NaN;
    columns.growthReason[i] = rate.pct === null ? rate.reason : undefined;
    columns.sharePct[i] = (additive ? share(current, totalCurrent) : null) ?? NaN;
    columns.pullPp[i] = (additive ? pullOfIncrease(up, comparable) : null) ?? NaN;
    columns.contributionPct[i] = (additive ? contributionOfIncrease(up, totalUp) : null) ?? NaN;
    columns.completionPct[i] = completion(current, target) ?? NaN;
  }
  return columns;
}

/** The figure objects of `columns`, one per township, recorded as reading them. */
function townshipFigures(columns: FigureColumns): TownshipFigures[] {
  const figures: TownshipFigures[] = new Array<TownshipFigures>(columns.townships.length);
  for (let i = 0; i < figures.length; i++) figures[i] = figureView(columns, i);
  recordFigureNumbers(figures, columns);
  return figures;
}

function finish(
  draft: Draft,
  value: Pick<ConsolidatedIndicator, 'current' | 'previous' | 'growth' | 'changePp'>,
): ConsolidatedIndicator {
  const { first } = draft;
  const columns = townshipColumns(draft, draft.current);
  let figures: TownshipFigures[] | undefined;
  const indicator: ConsolidatedIndicator = {
    key: draft.key,
    name: first.name,
    label: first.label,
    unit: draft.unit.unit,
    unitText: draft.unit.unitText,
    level: first.level,
    parentKey: first.parentKey,
    nature: draft.additive ? 'additive' : 'non-additive',
    current: value.current,
    previous: value.previous,
    target: draft.target,
    growth: value.growth,
    changePp: value.changePp,
    completionPct: draft.completionPct,
    // Made when first read: the stages that read every indicator's figures read the columns
    // (`indicatorNumbers`), and the narrative reads a few indicators' figures.
    get townships(): TownshipFigures[] {
      return (figures ??= townshipFigures(columns));
    },
    missingIn: draft.missingIn,
  };
  recordIndicatorNumbers(indicator, columns);
  return indicator;
}

/**
 * Consolidates township tables into a total (汇总). Tables with role 'total' are reported
 * totals: kept in `reportedTotals`, never summed. Additive indicators are summed exactly in
 * the most common unit (other units converted); growth and completion come from the sums
 * over the townships reporting both figures (可比口径). Non-additive ones are never summed:
 * recomputed from their components (user recipes, then 占…比重 / 占比 / 增速 patterns) or left
 * empty. Nothing is rounded. Bad data gives issues, never exceptions; inputs are not mutated.
 *
 * Decisions:
 * - Units: a row without a unit next to rows with one is taken in the indicator's unit
 *   (issue consolidate.unit-assumed, info). The same unrecognised unit text everywhere is a
 *   unit like any other. A row whose unit does not convert is left out (error at its unit
 *   cell, the label cell when the sheet has no unit column): it is in neither `townships`
 *   nor `missingIn`.
 * - An indicator is non-additive when any township's row says so or its unit is (%, ‰,
 *   元/人). Townships keep their own values, growth, rank and completion for it, but no
 *   share, 拉动 or 贡献率; derived ratios also get `growth` (for per-capita figures) and
 *   `changePp` (for rates); a derived 增速 has only `current`. Recipes are applied to
 *   non-additive indicators only, and their components must be additive; a recipe's ratio
 *   is computed for a column (本期, 上年同期) only when every township reports both
 *   components in it (else Σ÷Σ would mix townships). When there is one township, its own
 *   figures are the area's (before any recipe).
 * - 拉动 and 贡献率 are relative to the comparable sums, so they add up to the total growth
 *   and to 100%; 占比 is of Σ本期 over every township reporting it.
 * - `sources` holds the cells of the value columns that hold data.
 * - A township table repeating a key: its first row counts (the parser reports the rest).
 *
 * @example
 * const result = consolidate([
 *   statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 120, previous: 100 }]),
 *   statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 180, previous: 150 }]),
 * ]);
 * result.indicators[0]?.current // 300
 * result.indicators[0]?.growth // { pct: 20, reason: null }
 */
export function consolidate(
  tables: readonly StatTable[],
  options: ConsolidateOptions = {},
): Consolidation {
  const townships = tables.filter((t) => t.role === 'township');
  const reportedTotals = tables.filter((t) => t.role === 'total');
  const period: Period | null = tables.find((t) => t.period !== null)?.period ?? null;
  const issues: Issue[] = [];
  if (townships.length === 0) {
    issues.push(issue('consolidate.no-township', 'error', {}, {}));
    return { townships: [], indicators: [], tables: [], reportedTotals, period, issues };
  }

  const order = new IndicatorOrder();
  const entriesByKey = gatherEntries(townships, order);

  const drafts: Draft[] = [];
  for (const key of order.keys()) {
    const entries = entriesByKey.get(key);
    if (entries) drafts.push(draftIndicator(key, entries, townships, issues));
  }

  const components: Component[] = drafts.map((d) => ({
    key: d.key,
    name: d.first.name,
    parentKey: d.first.parentKey,
    additive: d.additive,
    unit: d.unit.unit,
    current: d.current,
    previous: d.previous,
    growth: d.growth,
    complete: d.complete,
  }));
  const index = indexComponents(components);
  const recipes = [...(options.derivations ?? []), ...DEFAULT_DERIVATIONS];

  const indicators = drafts.map((draft) => {
    if (draft.additive) {
      return finish(draft, {
        current: draft.current,
        previous: draft.previous,
        growth: draft.growth,
        changePp: null,
      });
    }
    const name = draft.first.name;
    const own =
      townships.length === 1
        ? singleUnitValue(draft.values.current[0], draft.values.previous[0])
        : null;
    if (own !== null) {
      issues.push(
        issue(
          'consolidate.non-additive-single',
          'info',
          { indicator: name },
          { indicator: name, unit: townships[0]?.unitName ?? '' },
        ),
      );
      return finish(draft, own);
    }
    const derived = deriveValue(
      { key: draft.key, name, parentKey: draft.first.parentKey, unit: draft.unit.unit },
      index,
      recipes,
    );
    if (derived === null) {
      issues.push(
        issue('consolidate.non-additive-empty', 'info', { indicator: name }, { indicator: name }),
      );
      return finish(draft, { current: null, previous: null, growth: MISSING, changePp: null });
    }
    if (derived.kind === 'growth') {
      issues.push(
        issue(
          'consolidate.non-additive-growth',
          'info',
          { indicator: name },
          { indicator: name, source: derived.source.name },
        ),
      );
      return finish(draft, {
        current: derived.current,
        previous: null,
        growth: MISSING,
        changePp: null,
      });
    }
    if (derived.incomplete && derived.current === null) {
      issues.push(
        issue(
          'consolidate.non-additive-incomplete',
          'info',
          { indicator: name },
          {
            indicator: name,
            numerator: derived.numerator.name,
            denominator: derived.denominator.name,
          },
        ),
      );
      return finish(draft, { current: null, previous: null, growth: MISSING, changePp: null });
    }
    issues.push(
      issue(
        'consolidate.non-additive-derived',
        'info',
        { indicator: name },
        {
          indicator: name,
          numerator: derived.numerator.name,
          denominator: derived.denominator.name,
        },
      ),
    );
    return finish(draft, {
      current: derived.current,
      previous: derived.previous,
      growth: growth(derived.current, derived.previous),
      changePp: changePp(derived.current, derived.previous),
    });
  });

  for (const total of reportedTotals) {
    if (!total.rows.some((row) => entriesByKey.has(row.key))) {
      const location =
        total.file !== undefined
          ? { file: total.file, sheet: total.sheet }
          : { sheet: total.sheet };
      issues.push(issue('consolidate.total-unmatched', 'info', location, { sheet: total.sheet }));
    }
  }

  return {
    townships: townships.map((t) => t.unitName),
    indicators,
    tables: townships,
    reportedTotals,
    period,
    issues,
  };
}
