/**
 * TEMPORARY stand-in for h-15's read-draft.ts (issue 15), with the same signature, so the
 * task pane compiles before the checker lands. The lead keeps h-15's version at merge.
 */

/**
 * A draft file's text: a .docx read with mammoth (loaded only when needed), any other file
 * decoded as UTF-8, else GBK.
 *
 * @example await readDraftText('草稿.txt', bytes) // "上半年，全县……"
 */
export async function readDraftText(fileName: string, bytes: Uint8Array): Promise<string> {
  if (/\.docx$/i.test(fileName)) {
    const mammoth = await import(/* webpackChunkName: "mammoth" */ 'mammoth');
    const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
    return value;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
