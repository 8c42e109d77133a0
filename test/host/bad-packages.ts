/**
 * Hand-made bad packages, as township offices really send them: a 0-byte file, a
 * password-protected workbook, an old .xls, a Word document or a plain zip renamed .xlsx,
 * damaged workbooks. Shared by the host tests and the corpus cases.
 */
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { patchXlsxPart } from './xlsx-files';

/** An OLE compound file header followed by the given stream names (UTF-16LE, as in a directory). */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1024 + streams.length * 128);
  bytes.set(header, 0);
  streams.forEach((name, s) => {
    for (let i = 0; i < name.length; i++) bytes[512 + s * 128 + i * 2] = name.charCodeAt(i);
  });
  return bytes;
}

/** What Office writes for a workbook with a password to open. */
export function encryptedWorkbook(): Uint8Array {
  return compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
}

/** An Excel 97-2003 .xls. */
export function oldXls(): Uint8Array {
  return compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']);
}

async function zipOf(parts: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .docx (Word document) package. */
export function wordDocument(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>甲镇工作总结</w:t></w:r></w:p></w:body></w:document>',
  });
}

/** A zip of photos and notes, not an Office document at all. */
export function plainZip(): Promise<Uint8Array> {
  return zipOf({ '说明.txt': '甲镇报表见附件', 'photos/1.txt': 'x' });
}

/** A small township workbook with text (so it has a sharedStrings part). */
export async function townshipWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('甲镇');
  sheet.addRow(['指标名称', '计量单位', '本期', '上年同期']);
  sheet.addRow(['工业总产值', '万元', 100, 90]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The township workbook without one of its parts. */
export async function withoutPart(part: string): Promise<Uint8Array> {
  return patchXlsxPart(await townshipWorkbook(), part, () => null);
}

/** The township workbook cut off half way (an interrupted download). */
export async function truncatedWorkbook(): Promise<Uint8Array> {
  const bytes = await townshipWorkbook();
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** The township workbook with its worksheet's compressed data overwritten (a bad disk). */
export async function garbledWorkbook(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await townshipWorkbook());
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf('<sheetData>');
  const garbled = bytes.slice();
  for (let i = at; i < at + 60; i++) garbled[i] = 0x3c; // "<<<<": neither the CRC nor XML holds
  return garbled;
}
