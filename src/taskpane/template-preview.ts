import type { Issue } from '../core/diagnostics/issue';
import type { Consolidation } from '../core/model/consolidation';
import {
  renderNarrative,
  type FindingCounts,
  type NarrativeWords,
  type Paragraph,
} from '../core/narrative';
import { readEditorTemplates } from './editor-templates';

/** What a template preview shows: paragraphs, and the problems found on the way. */
export interface PreviewResult {
  /** Null when the text is blank (a run then uses the default templates). */
  readonly paragraphs: readonly Paragraph[] | null;
  readonly issues: readonly Issue[];
}

/** Renders template text for the live preview. */
export type RenderPreview = (templateText: string) => PreviewResult;

/** What a preview renders against: the last run's consolidation, words and finding counts. */
export interface PreviewBasis {
  readonly consolidation: Consolidation;
  readonly words: NarrativeWords;
  readonly findings: FindingCounts;
}

/**
 * The live preview with the real engine: the editor text read as templates and rendered
 * with `renderNarrative` against the last run. Heading problems come first, then the
 * templates' own (template, line, column). Never throws on any text.
 *
 * @example
 * const preview = narrativePreview({ consolidation, words: { area: '全县', period: '上半年' }, findings });
 * preview('## 主要指标\n{时期}，{主体}实现工业总产值{工业总产值}').paragraphs?.[0]?.text
 * // "上半年，全县实现工业总产值18.5亿元。"
 */
export function narrativePreview(basis: PreviewBasis): RenderPreview {
  return (templateText) => {
    const read = readEditorTemplates(templateText);
    if (read.set === null) return { paragraphs: null, issues: [] };
    const narrative = renderNarrative({
      consolidation: basis.consolidation,
      words: basis.words,
      findings: basis.findings,
      templates: read.set,
    });
    return { paragraphs: narrative.paragraphs, issues: [...read.issues, ...narrative.issues] };
  };
}
