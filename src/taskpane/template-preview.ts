import { issue, type Issue } from '../core/diagnostics/issue';
import type { ParagraphView } from '../app/host-actions';

/** What a template preview shows: paragraphs, and the problems found on the way. */
export interface PreviewResult {
  readonly paragraphs: readonly ParagraphView[];
  readonly issues: readonly Issue[];
}

/** Renders template text for the live preview. */
export type RenderPreview = (templateText: string) => PreviewResult;

/** The words a preview can fill in before the narrative engine is wired. */
export interface PreviewWords {
  readonly area: string;
  readonly period: string;
}

/**
 * Interim preview until `renderNarrative` (src/core/narrative) is wired: one paragraph per
 * block of lines; {时期} and {主体} are filled, any other {placeholder} stays visible as
 * written and is reported. Never throws, never evaluates anything.
 *
 * @example
 * previewTemplate('{时期}，{主体}{x}', { area: '全县', period: '上半年' }).paragraphs[0]?.text
 * // "上半年，全县{x}"
 */
export function previewTemplate(templateText: string, words: PreviewWords): PreviewResult {
  const issues: Issue[] = [];
  const known: Readonly<Record<string, string>> = { 时期: words.period, 主体: words.area };
  const paragraphs = templateText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({
      kind: 'template',
      text: block.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
        const value = known[name];
        if (value !== undefined) return value;
        issues.push(issue('ui.templates.unknown-placeholder', 'info', {}, { name: whole }));
        return whole;
      }),
    }));
  return { paragraphs, issues };
}
