import { consolidate, type ConsolidateOptions } from './consolidate';
import { formatMessage } from './diagnostics/format';
import type { Issue } from './diagnostics/issue';
import type { WorkbookGrids } from './grid';
import type { Consolidation } from './model/consolidation';
import type { StatTable } from './model/table';
import { buildByTownshipSheet } from './output/by-township-sheet';
import type { OutputSheet } from './output/output-sheet';
import { buildSummarySheet, type SummaryWords } from './output/summary-sheet';
import { parseWorkbooks, type ParseOptions } from './parse';

export interface PipelineOptions {
  /** The subject word (全县, 园区…); default from the catalogue. */
  readonly area?: string;
  /** The time word (上半年…); default: the inputs' period, else the catalogue's. */
  readonly period?: string;
  readonly parse?: ParseOptions;
  readonly consolidate?: ConsolidateOptions;
}

export interface PipelineResult {
  readonly tables: readonly StatTable[];
  readonly consolidation: Consolidation;
  /** Every issue found on the way: parse, then consolidate (later: audit). */
  readonly issues: readonly Issue[];
  /** The output sheets, in the order hosts write them. */
  readonly sheets: readonly OutputSheet[];
  /** The words used in titles and (later) the narrative. */
  readonly words: SummaryWords;
}

/** A step after consolidation: adds issues and/or sheets (audit, narrative…). */
type Stage = (state: PipelineState) => PipelineState;

interface PipelineState {
  readonly tables: readonly StatTable[];
  readonly consolidation: Consolidation;
  readonly words: SummaryWords;
  readonly issues: readonly Issue[];
  readonly sheets: readonly OutputSheet[];
}

/** Output stages in order; audit and narrative will add theirs here. */
const STAGES: readonly Stage[] = [
  (s) => ({ ...s, sheets: [...s.sheets, buildSummarySheet(s.consolidation, s.words)] }),
  (s) => ({ ...s, sheets: [...s.sheets, buildByTownshipSheet(s.consolidation)] }),
];

/**
 * The whole engine on grids: parse -> consolidate -> output sheets. Pure: hosts read the
 * grids before and write the sheets after. Bad data never throws: it is in `issues`.
 *
 * @example
 * const result = runPipeline([grids], { area: '园区', period: '上半年' });
 * result.sheets.map((s) => s.name) // ["汇总", "分乡镇"]
 */
export function runPipeline(
  workbooks: readonly WorkbookGrids[],
  options: PipelineOptions = {},
): PipelineResult {
  const parsed = parseWorkbooks(workbooks, options.parse);
  const consolidation = consolidate(parsed.tables, options.consolidate);
  const words = pipelineWords(consolidation, options);
  let state: PipelineState = {
    tables: parsed.tables,
    consolidation,
    words,
    issues: [...parsed.issues, ...consolidation.issues],
    sheets: [],
  };
  for (const stage of STAGES) state = stage(state);
  return state;
}

/**
 * The area and period words: the options, else the inputs' period label, else the
 * catalogue defaults (全县, 本期).
 *
 * @example
 * pipelineWords(consolidation, { period: '上半年' }) // { area: '全县', period: '上半年' }
 */
export function pipelineWords(
  consolidation: Consolidation,
  options: Pick<PipelineOptions, 'area' | 'period'>,
): SummaryWords {
  return {
    area: nonEmpty(options.area) ?? formatMessage('output.default-area'),
    period:
      nonEmpty(options.period) ??
      nonEmpty(consolidation.period?.label) ??
      formatMessage('output.default-period'),
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
