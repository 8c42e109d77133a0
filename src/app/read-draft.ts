import { UserError } from './user-error';

/** The lower-cased extension of a file name ("草稿.DOCX" → ".docx"), or "" when it has none. */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/**
 * Decodes a plain-text draft: UTF-8 (with or without its BOM), else GB18030, the encoding
 * Chinese offices' Notepad and WPS save "ANSI" text in (GBK is a subset of it).
 */
export function decodeDraftText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Lines with their surrounding blanks trimmed, blank lines dropped, joined with "\n". */
function joinParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A Word document's text, read by mammoth (loaded on first use, out of the initial bundles). */
async function readDocx(fileName: string, bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const extract = (mammoth.default ?? mammoth).extractRawText;
  const copy = bytes.slice();
  const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined;
  const input = isNode
    ? { buffer: Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength) }
    : { arrayBuffer: copy.buffer };
  try {
    const result = await extract(input as Parameters<typeof extract>[0]);
    return result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError('read.draft-unreadable', { file: fileName, reason });
  }
}

/**
 * Reads a draft report for 文稿核对: a .txt file (UTF-8 or GB18030/GBK) or a Word .docx
 * (via mammoth). Returns its paragraphs joined with "\n", blank lines dropped. Anything
 * else, or a draft with no text, is a `UserError` naming the file.
 *
 * @example
 * await readDraftText('上半年总结.docx', bytes) // "上半年，全县实现…\n二、…"
 * await readDraftText('草稿.pdf', bytes) // throws UserError: 文稿“草稿.pdf”不是 .docx 或 .txt 文件…
 */
export async function readDraftText(fileName: string, bytes: Uint8Array): Promise<string> {
  const extension = extensionOf(fileName);
  let raw: string;
  if (extension === '.txt') {
    raw = decodeDraftText(bytes);
  } else if (extension === '.docx') {
    raw = await readDocx(fileName, bytes);
  } else {
    throw new UserError('read.draft-format', { file: fileName });
  }
  const text = joinParagraphs(raw.replace(/^\uFEFF/, ''));
  if (text === '') throw new UserError('read.draft-empty', { file: fileName });
  return text;
}
