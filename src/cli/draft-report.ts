import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMessage } from '../core/diagnostics/format';
import type { DraftCheck, DraftInput } from '../core/draft-check/types';
import { readDraftText } from '../app/read-draft';
import { UserError } from '../app/user-error';

/** How many mismatches the terminal shows before pointing to the 文稿核对 sheet. */
const SHOWN_MISMATCHES = 5;

/**
 * Reads the draft of `--check-draft` (read-only): a .docx or .txt file, named in messages
 * by its file name.
 *
 * @example
 * await readDraftFile('草稿.docx') // { text: '上半年，园区…', source: '草稿.docx' }
 */
export async function readDraftFile(path: string): Promise<DraftInput> {
  const source = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path, { flag: 'r' });
  } catch {
    throw new UserError('read.draft-missing', { file: path });
  }
  const text = await readDraftText(
    source,
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  return { text, source };
}

/**
 * The terminal lines of a draft check: the counts, then the first mismatches with the
 * computed value and the rewritten excerpt.
 *
 * @example
 * draftReportLines(check)
 * // ['文稿核对：一致 5 处，不一致 1 处，无法核对 3 处', '  [不一致] 第2段 “…占85%”：文稿 85%，计算 82.6%，建议改为“…占82.6%”']
 */
export function draftReportLines(check: DraftCheck): string[] {
  const mismatches = check.figures.filter((f) => f.verdict === 'mismatch');
  const shown = mismatches.slice(0, SHOWN_MISMATCHES);
  const hidden = mismatches.length - shown.length;
  return [
    formatMessage('cli.draft-summary', check.counts),
    ...shown.map(
      (f) =>
        `  ${formatMessage('cli.draft-line', {
          paragraph: f.paragraph,
          excerpt: f.excerpt,
          written: f.written,
          computed: f.computed ?? '',
          suggestion: f.suggestion ?? '',
        })}`,
    ),
    ...(hidden > 0 ? [`  ${formatMessage('cli.draft-more', { count: hidden })}`] : []),
  ];
}
