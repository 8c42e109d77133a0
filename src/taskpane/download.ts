/** The media types of the files we offer. */
export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * Offers bytes to the user as a file download (Blob + object URL + a clicked link); the
 * media type follows the name's extension (.docx or, by default, .xlsx).
 *
 * @example downloadBytes('汇总结果.xlsx', bytes);
 */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const type = fileName.toLowerCase().endsWith('.docx') ? MEDIA_TYPES.docx : MEDIA_TYPES.xlsx;
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A chosen file's bytes (FileReader: works in every browser the page supports, and jsdom).
 *
 * @example const bytes = await readFileBytes(input.files[0]);
 */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}
