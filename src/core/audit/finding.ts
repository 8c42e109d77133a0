import type { Issue, IssueLocation, IssueLevel, IssueParam } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { RuleCode } from './rule-code';

/** Where a finding is: always a sheet, a cell and an indicator (a file when known). */
export interface FindingLocation extends IssueLocation {
  readonly file?: string;
  readonly sheet: string;
  /** A1 address in `sheet`. */
  readonly cell: string;
  /** The indicator's display name ('' when the finding is about no one indicator). */
  readonly indicator: string;
}

/**
 * One audit (审核) result: an Issue with the rule that found it and the value the cell
 * should hold (`expected`) next to the one it holds (`actual`).
 */
export interface Finding extends Issue {
  readonly location: FindingLocation;
  readonly rule: RuleCode;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
}

/** What a rule says about one cell; `finding` fills in the rest. */
export interface FindingSpec {
  readonly rule: RuleCode;
  readonly code: MessageCode;
  readonly level: IssueLevel;
  readonly location: FindingLocation;
  readonly expected?: number | string | null;
  readonly actual?: number | string | null;
  readonly params?: Readonly<Record<string, IssueParam>>;
}

/**
 * Builds a Finding; `expected` and `actual` are also passed to the message as parameters.
 *
 * @example
 * finding({
 *   rule: 'intra.child-exceeds-parent',
 *   code: 'audit.child-exceeds-parent',
 *   level: 'error',
 *   location: { sheet: '东城镇', cell: 'C3', indicator: '规模以上工业产值' },
 *   expected: 100,
 *   actual: 120,
 * })
 */
export function finding(spec: FindingSpec): Finding {
  const expected = spec.expected ?? null;
  const actual = spec.actual ?? null;
  return {
    code: spec.code,
    level: spec.level,
    location: spec.location,
    params: { expected, actual, ...spec.params },
    rule: spec.rule,
    expected,
    actual,
  };
}
