import type { Issue } from '../core/diagnostics/issue';
import {
  defaultTemplatesZhCN,
  templateSetFromText,
  templateSetToText,
  type TemplateSet,
} from '../core/narrative';

/**
 * The default templates as editor text: what the editor starts with when nothing was
 * saved, and what 恢复默认 puts back.
 *
 * @example defaultTemplateText().startsWith('## 主要指标\n') // true
 */
export function defaultTemplateText(): string {
  return templateSetToText(defaultTemplatesZhCN);
}

/** The editor's text read as templates: null = blank text (a run uses the defaults). */
export interface EditorTemplates {
  readonly set: TemplateSet | null;
  /** Problems in the headings of the text (not in the templates themselves). */
  readonly issues: readonly Issue[];
}

/**
 * The one place the task pane turns editor text into a template set, for the run and the
 * preview alike. Blank text means the default templates. Never throws.
 *
 * @example
 * readEditorTemplates('## 主要指标\n{时期}，{主体}…').set?.templates[0]?.kind // "main"
 * readEditorTemplates('  ').set // null
 */
export function readEditorTemplates(text: string): EditorTemplates {
  if (text.trim() === '') return { set: null, issues: [] };
  return templateSetFromText(text);
}
