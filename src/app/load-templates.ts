import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatMessage } from '../core/diagnostics/format';
import type { Issue } from '../core/diagnostics/issue';
import {
  readTemplateSetJson,
  templateSetFromText,
  type NarrativeLocaleId,
  type TemplateSet,
} from '../core/narrative';
import { UserError } from './user-error';

/** A `--templates` file read: its templates, and the problems found in its headings. */
export interface LoadedTemplates {
  readonly set: TemplateSet;
  /** Heading and alias problems of a text file (never of a JSON one); the set is usable. */
  readonly issues: readonly Issue[];
}

/**
 * Reads a `--templates` file: JSON (`{ "locale": "zh-CN", "templates": [...] }`) when it
 * ends in .json, else the text form the task pane's editor shows (`## 名称` headings, see
 * docs/narrative-templates.md), in `locale`. Throws a `UserError` with one Chinese line when
 * the file is missing or empty, or a JSON file's shape is wrong; template syntax errors are
 * not thrown: they show as visible fallbacks in the narrative.
 *
 * @example
 * const { set } = await loadTemplateFile('我的模板.txt');
 */
export async function loadTemplateFile(
  file: string,
  locale: NarrativeLocaleId = 'zh-CN',
): Promise<LoadedTemplates> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError('read.file-missing', { file });
  }
  text = text.replace(/^\uFEFF/, '');
  if (extname(file).toLowerCase() === '.json') {
    const read = readTemplateSetJson(text);
    if (!read.ok) {
      throw new UserError('read.templates-invalid', {
        file,
        reason: formatMessage(read.code, read.params),
      });
    }
    return { set: read.set, issues: [] };
  }
  if (text.trim() === '') {
    throw new UserError('read.templates-invalid', {
      file,
      reason: formatMessage('templates.empty', {}),
    });
  }
  return templateSetFromText(text, locale);
}
