import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { IssueParam } from '../diagnostics/issue';
import type { ParagraphKind } from './paragraph';
import type { ParagraphTemplate, TemplateSet } from './template-set';

const KINDS: readonly ParagraphKind[] = [
  'main',
  'structure',
  'ranking',
  'township',
  'targets',
  'caveat',
  'custom',
];

/** A template set read from JSON, or why it could not be (a catalogue code and params). */
export type TemplateSetRead =
  | { readonly ok: true; readonly set: TemplateSet }
  | {
      readonly ok: false;
      readonly code: MessageCode;
      readonly params: Readonly<Record<string, IssueParam>>;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a user's template set from JSON text (a `--templates` file, or the copy the add-in
 * keeps in the workbook), checking its shape; never throws.
 *
 * @example
 * readTemplateSetJson('{"locale":"zh-CN","templates":[{"name":"主要指标","kind":"main","source":"{时期}，{主体}实现{工业总产值}。"}]}')
 * // { ok: true, set: { locale: 'zh-CN', templates: [ … ] } }
 * readTemplateSetJson('{') // { ok: false, code: 'templates.not-json', params: { reason: … } }
 */
export function readTemplateSetJson(text: string): TemplateSetRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      code: 'templates.not-json',
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!isRecord(data) || !Array.isArray(data['templates'])) {
    return { ok: false, code: 'templates.shape', params: {} };
  }
  const locale = data['locale'] ?? 'zh-CN';
  if (locale !== 'zh-CN' && locale !== 'en') {
    return { ok: false, code: 'templates.locale', params: { locale: String(locale) } };
  }
  const templates: ParagraphTemplate[] = [];
  for (const [i, item] of (data['templates'] as unknown[]).entries()) {
    const index = i + 1;
    if (!isRecord(item))
      return { ok: false, code: 'templates.item', params: { index, field: 'name' } };
    const { name, kind, source, each } = item;
    if (typeof name !== 'string' || name.trim() === '') {
      return { ok: false, code: 'templates.item', params: { index, field: 'name' } };
    }
    if (typeof source !== 'string') {
      return { ok: false, code: 'templates.item', params: { index, field: 'source' } };
    }
    const paragraphKind = kind ?? 'custom';
    if (!KINDS.includes(paragraphKind as ParagraphKind)) {
      return { ok: false, code: 'templates.item', params: { index, field: 'kind' } };
    }
    if (each !== undefined && each !== 'township') {
      return { ok: false, code: 'templates.item', params: { index, field: 'each' } };
    }
    templates.push({
      name,
      kind: paragraphKind as ParagraphKind,
      source,
      ...(each === 'township' ? { each } : {}),
    });
  }
  const aliases = data['aliases'];
  if (aliases !== undefined) {
    if (!isRecord(aliases) || Object.values(aliases).some((v) => typeof v !== 'string')) {
      return { ok: false, code: 'templates.aliases', params: {} };
    }
    return { ok: true, set: { locale, templates, aliases: aliases as Record<string, string> } };
  }
  return { ok: true, set: { locale, templates } };
}
