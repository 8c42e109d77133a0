import { formatMessage, issue, type Issue } from '../diagnostics';
import type { Consolidation } from '../model';
import { narrativeLocale } from './locale';
import type { Figure, Paragraph } from './paragraph';
import { withCaveat } from './erroneous-caveat';
import { tidyParagraph, type PhraseFigure } from './phrase';
import {
  hasNoneOf,
  indexIndicators,
  resolveTemplate,
  type FindingCounts,
  type NarrativeWords,
  type ResolveContext,
} from './resolve';
import { parseTemplate, type TemplateNode } from './template';
import type { TemplateSet } from './template-set';
import { defaultTemplatesEn } from './templates/default.en';
import { defaultTemplatesZhCN } from './templates/default.zh-CN';
import { toTraditional } from './to-traditional';
import { inferUnitWord } from './unit-word';

/** Output languages: zh-TW is the zh-CN text converted to Traditional characters. */
export type NarrativeOutputLocale = 'zh-CN' | 'zh-TW' | 'en';

export interface NarrativeInput {
  readonly consolidation: Consolidation;
  /** The time and subject words: { period: '上半年', area: '园区' }. */
  readonly words: NarrativeWords;
  /** Audit findings per level, for the closing caveat. */
  readonly findings?: FindingCounts;
  /**
   * The names of the indicators the audit found 错误 in: a paragraph quoting one says so
   * in a caveat before its end mark.
   */
  readonly erroneousIndicators?: readonly string[];
  /** The paragraphs to write; the default set of the locale when absent. */
  readonly templates?: TemplateSet;
  readonly locale?: NarrativeOutputLocale;
}

export interface NarrativeResult {
  readonly paragraphs: Paragraph[];
  /** Template problems and left-out clauses; never thrown. */
  readonly issues: Issue[];
}

function toFigure(figure: PhraseFigure, convert: (text: string) => string): Figure {
  const source = figure.source;
  const text = convert(figure.text);
  const indicator = source?.indicator ?? '';
  const traced: Figure = {
    text,
    value: figure.value,
    indicator,
    // Read from the figure's source when asked for (see figureSource): not spread, which
    // would list them now.
    get sources() {
      return source?.sources ?? [];
    },
  };
  return source?.township === undefined
    ? traced
    : Object.assign(traced, { township: source.township });
}

function unique(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.level, i.location, i.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Writes the narrative (综述) of a consolidation: one paragraph per template (township
 * templates once per township, when there are several), in reading order, each figure
 * traceable to its cells; a paragraph whose optional data clauses were all left out is not
 * written (a 提示 notice says so when its township, or the area, has none of the
 * indicators it names), and one quoting an indicator the audit found 错误 in says so in a
 * caveat. Never throws: template problems show as "{…?}" fallbacks and are listed in
 * `issues`.
 *
 * @example
 * renderNarrative({ consolidation, words: { period: '上半年', area: '园区' } }).paragraphs[0]?.text
 * // "上半年，园区实现工业总产值18.5亿元，同比增长5.1%；…。"
 */
export function renderNarrative(input: NarrativeInput): NarrativeResult {
  const outputLocale = input.locale ?? 'zh-CN';
  const templates =
    input.templates ?? (outputLocale === 'en' ? defaultTemplatesEn : defaultTemplatesZhCN);
  const locale = narrativeLocale(outputLocale === 'en' ? 'en' : templates.locale);
  const convert = outputLocale === 'zh-TW' ? toTraditional : (text: string): string => text;
  const { consolidation } = input;
  const index = indexIndicators(consolidation, templates.aliases);
  const issues: Issue[] = [];
  const paragraphs: Paragraph[] = [];
  const erroneous = new Set(input.erroneousIndicators ?? []);
  const words = {
    ...input.words,
    unit:
      input.words.unit?.trim() ||
      inferUnitWord(consolidation.townships, formatMessage('output.default-unit-word')),
  };

  for (const template of templates.templates) {
    const parsed = parseTemplate(template.source, template.name);
    issues.push(...parsed.issues);
    const townships =
      template.each === 'township'
        ? consolidation.townships.length > 1
          ? consolidation.townships
          : []
        : [null];
    for (const township of townships) {
      const ctx: ResolveContext = {
        consolidation,
        index,
        locale,
        words,
        findings: input.findings ?? null,
        template: template.name,
        township,
        item: null,
        optional: false,
        issues,
      };
      const phrase = resolveTemplate(parsed.ast.nodes, ctx);
      const text = tidyParagraph(phrase.text, locale);
      // A paragraph whose data clauses were all left out ("丙乡1-6月。", "上半年，全县。")
      // says nothing; a template of plain words (no optional clause) is the user's text.
      if (
        text === '' ||
        (phrase.figures.length === 0 && saysNothing(parsed.ast.nodes, ctx, phrase.text))
      ) {
        if (hasNoneOf(parsed.ast.nodes, ctx)) {
          issues.push(leftOut(template.name, township ?? input.words.area));
        }
        continue;
      }
      const paragraph: Paragraph = {
        kind: template.kind,
        template: template.name,
        text: convert(withCaveat(text, phrase.figures, erroneous, locale)),
        figures: phrase.figures.map((f) => toFigure(f, convert)),
      };
      paragraphs.push(township === null ? paragraph : { ...paragraph, township });
    }
  }
  return { paragraphs, issues: unique(issues) };
}

/** The notice of a paragraph left out for want of data: which template, for whom. */
function leftOut(template: string, subject: string): Issue {
  return issue('narrative.paragraph-left-out', 'info', {}, { template, subject });
}

/**
 * Whether a paragraph says only its fixed words: the template has optional segments ([…])
 * and the text is what the template gives without them (every one was left out).
 */
function saysNothing(nodes: readonly TemplateNode[], ctx: ResolveContext, text: string): boolean {
  const fixed = nodes.filter((node) => node.type !== 'optional');
  if (fixed.length === nodes.length) return false;
  return resolveTemplate(fixed, { ...ctx, issues: [] }).text === text;
}
