import type { MessageCode } from './messages.zh-CN';

/**
 * How serious a finding is, in the words statistics offices use:
 * 错误 (error: must fix), 核实 (verify: must explain), 提示 (info: for information).
 */
export type IssueLevel = 'error' | 'verify' | 'info';

/** Where a problem is: as precise as is known. */
export interface IssueLocation {
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address in `sheet`. */
  readonly cell?: string;
  /** The indicator's display name. */
  readonly indicator?: string;
}

export type IssueParam = string | number | null;

/**
 * Bad data is a value, never an exception: every layer returns the issues it found.
 * The text shown to users comes from the message catalogue via `formatIssue`.
 */
export interface Issue {
  readonly code: MessageCode;
  readonly level: IssueLevel;
  readonly location: IssueLocation;
  readonly params: Readonly<Record<string, IssueParam>>;
}

/**
 * @example
 * issue('parse.no-header', 'info', { sheet: '说明' }, {})
 */
export function issue(
  code: MessageCode,
  level: IssueLevel,
  location: IssueLocation,
  params: Readonly<Record<string, IssueParam>> = {},
): Issue {
  return { code, level, location, params };
}

const LEVEL_ORDER: Record<IssueLevel, number> = { error: 0, verify: 1, info: 2 };

/**
 * A level's place in reading order: 错误 0, 核实 1, 提示 2.
 *
 * @example
 * levelRank('verify') // 1
 */
export function levelRank(level: IssueLevel): number {
  return LEVEL_ORDER[level];
}

/**
 * Errors first, then 核实, then 提示 (Array.prototype.sort is stable: order within a level
 * is kept).
 *
 * @example
 * [{ level: 'info' }, { level: 'error' }].sort(byLevel) // [{ level: 'error' }, { level: 'info' }]
 */
export function byLevel(
  a: { readonly level: IssueLevel },
  b: { readonly level: IssueLevel },
): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level];
}

/**
 * How many of each level.
 *
 * @example
 * countByLevel([{ level: 'error' }, { level: 'info' }]) // { error: 1, verify: 0, info: 1 }
 */
export function countByLevel(
  items: readonly { readonly level: IssueLevel }[],
): Record<IssueLevel, number> {
  const counts: Record<IssueLevel, number> = { error: 0, verify: 0, info: 0 };
  for (const item of items) counts[item.level] += 1;
  return counts;
}
