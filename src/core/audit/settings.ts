import type { IssueLevel } from '../diagnostics/issue';
import type { RuleCode } from './rule-code';

/** A parent indicator and the children that together make all of it (a complete breakdown). */
export interface BreakdownSpec {
  /** The parent's key or name: "工业总产值". */
  readonly parent: string;
  /** The children's keys or names: ["轻工业产值", "重工业产值"]. */
  readonly children: readonly string[];
}

/** Tolerances, thresholds, level overrides and switched-off rules. */
export interface AuditSettings {
  /** Rules not to run. */
  readonly disabledRules: readonly RuleCode[];
  /** Level for a rule's findings at its default level (rounding notes stay 提示). */
  readonly levels: Readonly<Partial<Record<RuleCode, IssueLevel>>>;
  /** Reported vs computed growth may differ by this many percentage points (0.1). */
  readonly growthTolerancePp: number;
  /** Reported vs computed completion may differ by this many percentage points (0.1). */
  readonly completionTolerancePp: number;
  /** |growth| above this, in percent, is to be verified (50). */
  readonly growthThresholdPct: number;
  /** Per-indicator growth thresholds, by indicator key or name. */
  readonly growthThresholds: Readonly<Record<string, number>>;
  /**
   * plausibility.growth-large on counts (家, 个, 项…) and people: a change smaller than this
   * many units is not a swing worth verifying (1 → 2 亿元以上项目 is +100%).
   */
  readonly growthMinCountChange: number;
  /** A ratio between these (or their inverses) looks like a 元/万元 slip (5000, 20000). */
  readonly unitSlipMinRatio: number;
  readonly unitSlipMaxRatio: number;
  /** The peer comparison needs at least this many townships reporting the indicator (3). */
  readonly unitSlipMinPeers: number;
  /** A township lacks an indicator reported by more than this share of the others (0.5). */
  readonly missingIndicatorShare: number;
  /** Complete breakdowns to check (parent = Σ children). */
  readonly breakdowns: readonly BreakdownSpec[];
  /** Also treat a parent whose label or note says 合计/小计/构成 as a complete breakdown. */
  readonly breakdownFromLabels: boolean;
  /** Name fragments of indicators that may be negative (利润, 利税, 盈亏, 净…). */
  readonly signedIndicatorPatterns: readonly string[];
}

/**
 * The defaults, in one place.
 *
 * @example
 * DEFAULT_AUDIT_SETTINGS.growthThresholdPct // 50
 */
export const DEFAULT_AUDIT_SETTINGS: AuditSettings = {
  disabledRules: [],
  levels: {},
  growthTolerancePp: 0.1,
  completionTolerancePp: 0.1,
  growthThresholdPct: 50,
  growthThresholds: {},
  growthMinCountChange: 5,
  unitSlipMinRatio: 5000,
  unitSlipMaxRatio: 20000,
  unitSlipMinPeers: 3,
  missingIndicatorShare: 0.5,
  breakdowns: [],
  breakdownFromLabels: false,
  signedIndicatorPatterns: ['利润', '利税', '盈亏', '亏损', '净', '增减', '差额', '结余'],
};

/**
 * The defaults overridden by what the user set.
 *
 * @example
 * resolveAuditSettings({ growthThresholdPct: 30 }).growthThresholdPct // 30
 */
export function resolveAuditSettings(settings: Partial<AuditSettings> = {}): AuditSettings {
  return { ...DEFAULT_AUDIT_SETTINGS, ...settings };
}
