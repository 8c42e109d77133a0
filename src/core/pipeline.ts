import {
  erroneousIndicators,
  runAudit,
  withLaterNotices,
  type AuditSettings,
  type Finding,
} from './audit';
import { consolidate, type ConsolidateOptions } from './consolidate';
import { formatMessage } from './diagnostics/format';
import { countByLevel, type Issue } from './diagnostics/issue';
import { checkDraft } from './draft-check/check-draft';
import type { DraftCheck, DraftInput } from './draft-check/types';
import type { WorkbookGrids } from './grid';
import type { Consolidation } from './model/consolidation';
import type { StatTable } from './model/table';
import {
  renderNarrative,
  type NarrativeOutputLocale,
  type NarrativeWords,
  type Paragraph,
  type TemplateSet,
} from './narrative';
import { buildAuditSheet } from './output/audit-sheet';
import { buildByTownshipSheet } from './output/by-township-sheet';
import { buildDraftCheckSheet } from './output/draft-check-sheet';
import { buildNarrativeSheet } from './output/narrative-sheet';
import type { OutputSheet } from './output/output-sheet';
import { buildSummarySheet, type SummaryWords } from './output/summary-sheet';
import { parseWorkbooks, type ParseOptions } from './parse';

export interface PipelineOptions {
  /** The subject word (全县, 园区…); default from the catalogue. */
  readonly area?: string;
  /** The time word (上半年…); default: the inputs' period, else the catalogue's. */
  readonly period?: string;
  /**
   * The word for the units (乡镇, 园区, 街道, 企业…) in the narrative: 在3个园区中位列第1位.
   * Default: what the township names end with (see `inferUnitWord`), else 乡镇.
   */
  readonly unitWord?: string;
  readonly parse?: ParseOptions;
  readonly consolidate?: ConsolidateOptions;
  /** Audit thresholds, levels and switched-off rules. */
  readonly audit?: Partial<AuditSettings>;
  /** The user's narrative templates; default: the built-in ones for the locale. */
  readonly templates?: TemplateSet;
  /** Narrative language: Simplified Chinese by default. */
  readonly locale?: NarrativeOutputLocale;
  /**
   * What the host found before the engine saw any grid (a file skipped, read twice, an old
   * .xls): listed with the other notices, and in the 审核 sheet as findings.
   */
  readonly notices?: readonly Issue[];
  /** A draft report to check against the data (文稿核对); adds the 文稿核对 sheet. */
  readonly draft?: DraftInput;
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
  /** The draft's figures checked against the data, when a draft was given. */
  readonly draftCheck?: DraftCheck;
}

/**
 * Runs one named engine stage and returns its result. The pipeline calls every stage
 * through it, so a caller (the benchmark) can time the stages as the pipeline runs them;
 * the default just runs the stage. The names: parse, consolidate, audit, narrative,
 * output:汇总, output:分乡镇, output:审核, output:综述, and with a draft draft-check and
 * output:文稿核对.
 *
 * @example
 * const timed: StageRunner = (name, run) => {
 *   const start = performance.now();
 *   const result = run();
 *   console.log(name, performance.now() - start);
 *   return result;
 * };
 * runPipeline([grids], {}, timed);
 */
export type StageRunner = <T>(name: string, run: () => T) => T;

const runStage: StageRunner = (_name, run) => run();

/**
 * The whole engine on grids: parse -> consolidate -> audit -> narrative -> output sheets.
 * Pure: hosts read the grids before and write the sheets after. Bad data never throws: it
 * is in `issues` and `findings`.
 *
 * @param stage runs each stage (see `StageRunner`); by default it just runs it.
 * @example
 * const result = runPipeline([grids], { area: '园区', period: '上半年' });
 * result.sheets.map((s) => s.name) // ["汇总", "分乡镇", "审核", "综述"]
 */
export function runPipeline(
  workbooks: readonly WorkbookGrids[],
  options: PipelineOptions = {},
  stage: StageRunner = runStage,
): PipelineResult {
  const parsed = stage('parse', () => parseWorkbooks(workbooks, options.parse));
  const consolidation = stage('consolidate', () => consolidate(parsed.tables, options.consolidate));
  const words = pipelineWords(consolidation, options);
  const issues = [...(options.notices ?? []), ...parsed.issues, ...consolidation.issues];
  const audited = stage('audit', () =>
    runAudit({ consolidation, parseIssues: issues }, options.audit ?? {}),
  );
  const narrative = stage('narrative', () =>
    renderNarrative({
      consolidation,
      words: withUnitWord(words, options.unitWord),
      findings: countByLevel(audited),
      erroneousIndicators: erroneousIndicators(audited, consolidation),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    }),
  );
  // A paragraph left out for want of data is a notice of the 审核 sheet too.
  const findings = withLaterNotices(audited, narrative.issues, consolidation, options.audit);
  const sheets = [
    stage('output:汇总', () => buildSummarySheet(consolidation, words)),
    stage('output:分乡镇', () => buildByTownshipSheet(consolidation)),
    stage('output:审核', () => buildAuditSheet(findings)),
    stage('output:综述', () => buildNarrativeSheet(narrative.paragraphs)),
  ];
  const draft = options.draft;
  const draftCheck =
    draft === undefined
      ? undefined
      : stage('draft-check', () => checkDraft(consolidation, draft, words.area, words.period));
  if (draftCheck !== undefined) {
    sheets.push(stage('output:文稿核对', () => buildDraftCheckSheet(draftCheck)));
  }
  return {
    tables: parsed.tables,
    consolidation,
    words,
    issues: [...issues, ...narrative.issues],
    findings,
    paragraphs: narrative.paragraphs,
    sheets,
    ...(draftCheck === undefined ? {} : { draftCheck }),
  };
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

/** The narrative's words: the summary words and the group word, when one is given. */
function withUnitWord(words: SummaryWords, unitWord: string | undefined): NarrativeWords {
  const unit = nonEmpty(unitWord);
  return unit === undefined ? words : { ...words, unit };
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
