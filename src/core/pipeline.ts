import { runAudit, type AuditSettings, type Finding } from './audit';
import { consolidate, type ConsolidateOptions } from './consolidate';
import { formatMessage } from './diagnostics/format';
import { countByLevel, type Issue } from './diagnostics/issue';
import type { WorkbookGrids } from './grid';
import type { Consolidation } from './model/consolidation';
import type { StatTable } from './model/table';
import {
  renderNarrative,
  type NarrativeOutputLocale,
  type Paragraph,
  type TemplateSet,
} from './narrative';
import { buildAuditSheet } from './output/audit-sheet';
import { buildByTownshipSheet } from './output/by-township-sheet';
import { buildNarrativeSheet } from './output/narrative-sheet';
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
  /** Audit thresholds, levels and switched-off rules. */
  readonly audit?: Partial<AuditSettings>;
  /** The user's narrative templates; default: the built-in ones for the locale. */
  readonly templates?: TemplateSet;
  /** Narrative language: Simplified Chinese by default. */
  readonly locale?: NarrativeOutputLocale;
}

export interface PipelineResult {
  readonly tables: readonly StatTable[];
  readonly consolidation: Consolidation;
  /** Notices found on the way: parse, consolidate, narrative templates. */
  readonly issues: readonly Issue[];
  /** The audit's findings (the 审核 sheet): errors first. Parse problems are among them. */
  readonly findings: readonly Finding[];
  /** The 综述 paragraphs, in reading order, each figure traceable to its cells. */
  readonly paragraphs: readonly Paragraph[];
  /** The output sheets, in the order hosts write them. */
  readonly sheets: readonly OutputSheet[];
  /** The words used in titles and (later) the narrative. */
  readonly words: SummaryWords;
}

/** A step after consolidation: adds issues and/or sheets (audit, narrative…). */
type Stage = (state: PipelineResult, options: PipelineOptions) => PipelineResult;

/** The stages after consolidation, in order; each adds findings, paragraphs or sheets. */
const STAGES: readonly Stage[] = [
  (s, options) => ({
    ...s,
    findings: runAudit(
      { consolidation: s.consolidation, parseIssues: s.issues },
      options.audit ?? {},
    ),
  }),
  (s, options) => {
    const narrative = renderNarrative({
      consolidation: s.consolidation,
      words: s.words,
      findings: countByLevel(s.findings),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    });
    return { ...s, paragraphs: narrative.paragraphs, issues: [...s.issues, ...narrative.issues] };
  },
  (s) => ({
    ...s,
    sheets: [
      buildSummarySheet(s.consolidation, s.words),
      buildByTownshipSheet(s.consolidation),
      buildAuditSheet(s.findings),
      buildNarrativeSheet(s.paragraphs),
    ],
  }),
];

/**
 * The whole engine on grids: parse -> consolidate -> audit -> narrative -> output sheets.
 * Pure: hosts read the grids before and write the sheets after. Bad data never throws: it
 * is in `issues` and `findings`.
 *
 * @example
 * const result = runPipeline([grids], { area: '园区', period: '上半年' });
 * result.sheets.map((s) => s.name) // ["汇总", "分乡镇", "审核", "综述"]
 */
export function runPipeline(
  workbooks: readonly WorkbookGrids[],
  options: PipelineOptions = {},
): PipelineResult {
  const parsed = parseWorkbooks(workbooks, options.parse);
  const consolidation = consolidate(parsed.tables, options.consolidate);
  const words = pipelineWords(consolidation, options);
  let state: PipelineResult = {
    tables: parsed.tables,
    consolidation,
    words,
    issues: [...parsed.issues, ...consolidation.issues],
    findings: [],
    paragraphs: [],
    sheets: [],
  };
  for (const stage of STAGES) state = stage(state, options);
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
