import type { NarrativeLocaleId } from './locale';
import type { ParagraphKind } from './paragraph';

/** One paragraph's template: data, editable by the user. */
export interface ParagraphTemplate {
  /** Named in messages: 综述模板“主要指标”第2行第5列… */
  readonly name: string;
  readonly kind: ParagraphKind;
  /** The template text (see docs/narrative-templates.md). */
  readonly source: string;
  /** 'township': written once per township, in township order. */
  readonly each?: 'township';
}

/** The paragraphs of a narrative, in reading order, with the language they are written in. */
export interface TemplateSet {
  readonly locale: NarrativeLocaleId;
  readonly templates: readonly ParagraphTemplate[];
  /** Extra names for indicators: { 产值: '工业总产值' }. */
  readonly aliases?: Readonly<Record<string, string>>;
}
