import type { Issue } from '../diagnostics/issue';
import type { Period } from './period';
import type { CellRef, IndicatorNature, StatTable, ValueColumn } from './table';
import type { Unit } from './unit';

/**
 * A growth rate in percent (5.1 means +5.1%), or null with the reason it cannot be
 * computed. Never Infinity or NaN.
 */
export interface Growth {
  readonly pct: number | null;
  readonly reason: 'zero-base' | 'negative-base' | 'missing' | null;
}

/**
 * One township's figures for one indicator, converted to the indicator's unit. The
 * consolidation's are views of per-indicator columns: read fields by name, do not spread.
 */
export interface TownshipFigures {
  readonly township: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  /** The township's own growth, from its 本期 and 上年同期. */
  readonly growth: Growth;
  /** 占全县比重: current ÷ total current, in percent. */
  readonly sharePct: number | null;
  /** 位次 among the townships reporting the indicator (1 = largest; ties share a rank). */
  readonly rank: number | null;
  /** 拉动: township increase ÷ total 上年同期, in percentage points. */
  readonly pullPp: number | null;
  /** 贡献率: township increase ÷ total increase, in percent. */
  readonly contributionPct: number | null;
  /** Completion of the township's annual target, in percent. */
  readonly completionPct: number | null;
  /** The cells each figure came from. */
  readonly sources: Readonly<Partial<Record<ValueColumn, CellRef>>>;
}

/** One indicator of the consolidated (汇总) table. */
export interface ConsolidatedIndicator {
  readonly key: string;
  readonly name: string;
  /** The label as the first township wrote it (numbering and 其中 kept). */
  readonly label: string;
  /** The unit totals are expressed in (the most common unit among townships). */
  readonly unit: Unit | null;
  readonly unitText: string | null;
  readonly level: number;
  readonly parentKey: string | null;
  readonly nature: IndicatorNature;
  /** Σ 本期 (additive) or the recomputed value (non-additive), null when unknown. */
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  /** Σ本期 ÷ Σ上年同期 − 1 over townships reporting both (可比口径). */
  readonly growth: Growth;
  /** For rates and shares: the change in percentage points (本期 − 上年同期). */
  readonly changePp: number | null;
  /** Σ本期 ÷ Σ全年目标, in percent. */
  readonly completionPct: number | null;
  /** Per township, in township order; townships that do not report it are absent. */
  readonly townships: readonly TownshipFigures[];
  /** Townships that do not report this indicator. */
  readonly missingIn: readonly string[];
}

export interface Consolidation {
  /** Township names in input order. */
  readonly townships: readonly string[];
  /** One per indicator, in the townships' order, 其中 rows after their parent. */
  readonly indicators: readonly ConsolidatedIndicator[];
  /** The township tables that were added up. */
  readonly tables: readonly StatTable[];
  /** Reported total sheets (合计, 汇总, 全县…), to be checked, never summed. */
  readonly reportedTotals: readonly StatTable[];
  /** The period of the inputs (the first one that states it). */
  readonly period: Period | null;
  readonly issues: readonly Issue[];
}
