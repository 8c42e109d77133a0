import { readFile } from 'node:fs/promises';
import { formatMessage } from '../core/diagnostics/format';
import { readTemplateSetJson, type TemplateSet } from '../core/narrative';
import { UserError } from './user-error';

/**
 * Reads a `--templates` file (JSON: `{ "locale": "zh-CN", "templates": [...] }`, see
 * docs/narrative-templates.md). Throws a `UserError` with one Chinese line when the file is
 * missing or its shape is wrong; template syntax errors are not thrown: they show as
 * visible fallbacks in the narrative.
 *
 * @example
 * const templates = await loadTemplateFile('我的模板.json');
 */
export async function loadTemplateFile(file: string): Promise<TemplateSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError('read.file-missing', { file });
  }
  const read = readTemplateSetJson(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    throw new UserError('read.templates-invalid', {
      file,
      reason: formatMessage(read.code, read.params),
    });
  }
  return read.set;
}
