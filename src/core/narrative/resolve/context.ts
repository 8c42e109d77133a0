import type { Issue } from '../../diagnostics';
import type { ConsolidatedIndicator, Consolidation } from '../../model';
import type { NarrativeLocale } from '../locale';
import type { IndicatorIndex } from './indicator-index';

/** Counts of audit findings per level, for the closing caveat. */
export interface FindingCounts {
  readonly error: number;
  readonly verify: number;
  readonly info: number;
}

/** The period, area and group words of the narrative: 上半年, 园区, 园区. */
export interface NarrativeWords {
  readonly period: string;
  readonly area: string;
  /**
   * The word for the units (乡镇, 园区, 街道, 企业…): 在3个园区中位列第1位. When absent, it is
   * inferred from the townships' names (see `inferUnitWord`).
   */
  readonly unit?: string;
}

/** The narrative's words with the group word settled (given or inferred). */
export interface ResolvedWords extends NarrativeWords {
  readonly unit: string;
}

/** Everything a template is resolved against. */
export interface ResolveContext {
  readonly consolidation: Consolidation;
  readonly index: IndicatorIndex;
  readonly locale: NarrativeLocale;
  readonly words: ResolvedWords;
  readonly findings: FindingCounts | null;
  /** The template's name, for messages. */
  readonly template: string;
  /** The township being written about, in township paragraphs and loops. */
  readonly township: string | null;
  /** The 其中 item of a 其中项 loop (此项). */
  readonly item: ConsolidatedIndicator | null;
  /** Inside [ … ] or a loop body: missing data drops the segment instead of a fallback. */
  readonly optional: boolean;
  /** Collected, never thrown. */
  readonly issues: Issue[];
}
