import type { DraftCheck } from '../core/draft-check/types';
import type { Finding } from '../core/audit';
import { formatIssue } from '../core/diagnostics/format';
import { byLevel, type Issue, type IssueLevel } from '../core/diagnostics/issue';
import type { CellRef } from '../core/model/table';
import type { Paragraph } from '../core/narrative';
import type { PipelineResult } from '../core/pipeline';

/** One notice (parse, consolidation, template) as `--json` prints it. */
export interface JsonNotice {
  readonly level: IssueLevel;
  readonly code: string;
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
  readonly message: string;
}

/** One audit finding: a notice plus its rule and the expected and actual values. */
export interface JsonFinding extends JsonNotice {
  readonly rule: string;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
}

export interface JsonTownshipFigures {
  readonly township: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  readonly growthPct: number | null;
  readonly sharePct: number | null;
  readonly rank: number | null;
  readonly pullPp: number | null;
  readonly contributionPct: number | null;
  readonly completionPct: number | null;
  readonly sources: Readonly<Record<string, CellRef>>;
}

export interface JsonTotal {
  readonly key: string;
  readonly name: string;
  readonly label: string;
  readonly unit: string | null;
  readonly level: number;
  readonly parentKey: string | null;
  readonly nature: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  readonly growthPct: number | null;
  readonly changePp: number | null;
  readonly completionPct: number | null;
  readonly townships: readonly JsonTownshipFigures[];
  readonly missingIn: readonly string[];
}

/** What `--json` prints: `{ townships, totals, findings, narrative, notices }`. */
export interface JsonReport {
  readonly townships: readonly string[];
  readonly totals: readonly JsonTotal[];
  /** The audit (the 审核 sheet), errors first. */
  readonly findings: readonly JsonFinding[];
  /** The 综述 paragraphs; each figure with the cells it came from. */
  readonly narrative: readonly Paragraph[];
  /** Everything else worth knowing: skipped sheets, unit conversions, template problems. */
  readonly notices: readonly JsonNotice[];
  /** The draft's figures checked against the data (--check-draft), when a draft was given. */
  readonly draftCheck?: DraftCheck;
}

/**
 * The machine-readable result: consolidated indicators with every township's figures and
 * the cells they came from; findings (errors first) with their Chinese message.
 *
 * @example
 * JSON.stringify(jsonReport(result)) // '{"townships":["东城镇"],"totals":[…],"findings":[…],"narrative":[]}'
 */
export function jsonReport(result: PipelineResult): JsonReport {
  const c = result.consolidation;
  return {
    townships: [...c.townships],
    totals: c.indicators.map((i) => ({
      key: i.key,
      name: i.name,
      label: i.label,
      unit: i.unit?.symbol ?? i.unitText ?? null,
      level: i.level,
      parentKey: i.parentKey,
      nature: i.nature,
      current: i.current,
      previous: i.previous,
      target: i.target,
      growthPct: i.growth.pct,
      changePp: i.changePp,
      completionPct: i.completionPct,
      townships: i.townships.map((t) => ({
        township: t.township,
        current: t.current,
        previous: t.previous,
        target: t.target,
        growthPct: t.growth.pct,
        sharePct: t.sharePct,
        rank: t.rank,
        pullPp: t.pullPp,
        contributionPct: t.contributionPct,
        completionPct: t.completionPct,
        sources: { ...t.sources } as Record<string, CellRef>,
      })),
      missingIn: [...i.missingIn],
    })),
    findings: result.findings.map(jsonFinding),
    narrative: [...result.paragraphs],
    notices: [...result.issues].sort(byLevel).map(jsonNotice),
    ...(result.draftCheck === undefined ? {} : { draftCheck: result.draftCheck }),
  };
}

function jsonFinding(finding: Finding): JsonFinding {
  return {
    ...jsonNotice(finding),
    rule: finding.rule,
    expected: finding.expected,
    actual: finding.actual,
  };
}

function jsonNotice(issue: Issue): JsonNotice {
  return {
    level: issue.level,
    code: issue.code,
    file: issue.location.file ?? null,
    sheet: issue.location.sheet ?? null,
    cell: issue.location.cell ?? null,
    indicator: issue.location.indicator ?? null,
    message: formatIssue(issue),
  };
}
