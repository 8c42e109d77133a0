import { openWithJszip, type ArchiveOpener, type PackageArchive } from './archive';

/**
 * Why a file is not a readable workbook, from its bytes, so that the user reads what the
 * file is rather than "没有表头": nothing in it ('empty'), a password-protected workbook
 * ('encrypted': Office wraps it in an OLE compound file), an old .xls ('old-excel'), a
 * Word document renamed .xlsx ('word'), some other zip ('not-workbook'), a package with a
 * missing or unreadable part ('damaged'), or no zip at all ('not-zip').
 */
export type PackageProblem =
  'empty' | 'encrypted' | 'old-excel' | 'word' | 'not-workbook' | 'damaged' | 'not-zip';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const RELATIONSHIP = /<(?:[A-Za-z_][\w.-]*:)?Relationship\b([^>]*)>/g;

/**
 * What the first bytes already tell (no unzipping): 'empty', 'encrypted', 'old-excel' or
 * 'word' (an OLE compound file: an encrypted package, an .xls, a .doc), 'not-zip'; null
 * for a zip, which `checkPackage` looks into.
 *
 * @example
 * sniffBytes(new Uint8Array()) // "empty"
 * sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // null
 */
export function sniffBytes(bytes: Uint8Array): PackageProblem | null {
  if (bytes.length === 0) return 'empty';
  if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) {
      return 'encrypted';
    }
    if (hasUtf16(bytes, 'WordDocument')) return 'word';
    return 'old-excel';
  }
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? null : 'not-zip';
}

/**
 * Looks at the bytes and, for a zip, at its parts (the small relationship parts only, not
 * the worksheets): whether it is a workbook at all, and whether the parts it refers to
 * (workbook, worksheets, shared strings) are there. Null: a workbook that looks whole.
 * Browser-safe. `open`: how the package is unzipped (JSZip by default).
 *
 * @example
 * await checkPackage(wordBytes) // "word"
 * await checkPackage(xlsxBytes) // null
 */
export async function checkPackage(
  bytes: Uint8Array,
  open: ArchiveOpener = openWithJszip,
): Promise<PackageProblem | null> {
  const sniffed = sniffBytes(bytes);
  if (sniffed !== null) return sniffed;
  let zip: PackageArchive;
  try {
    zip = await open(bytes);
  } catch {
    return 'damaged';
  }
  try {
    return await checkParts(zip);
  } catch {
    return 'damaged';
  }
}

/**
 * Decompresses every part, checking its CRC: 'damaged' when one cannot be read, else
 * what `checkPackage` says. For a file that exceljs could not open, to tell a damaged
 * package from a bug.
 *
 * @example
 * await checkPackageDeeply(truncatedBytes) // "damaged"
 */
export async function checkPackageDeeply(bytes: Uint8Array): Promise<PackageProblem | null> {
  const found = await checkPackage(bytes);
  if (found !== null) return found;
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    for (const part of Object.values(zip.files)) {
      if (!part.dir) await part.async('uint8array');
    }
    return null;
  } catch {
    return 'damaged';
  }
}

async function checkParts(zip: PackageArchive): Promise<PackageProblem | null> {
  // Part names are case-insensitive in a package (some exporters write "xl/Workbook.xml").
  const names = new Set(zip.names.map((name) => name.toLowerCase()));
  const has = (name: string) => names.has(name.toLowerCase());
  const officeDocument = officeDocumentPart(await text(zip, '_rels/.rels'));
  const excelParts = [...names].some((name) => name.startsWith('xl/'));
  if (officeDocument?.startsWith('word/') === true || (has('word/document.xml') && !excelParts)) {
    return 'word';
  }
  // Another kind of Office document (a presentation…), or a zip of anything.
  if (officeDocument !== null && !officeDocument.startsWith('xl/') && !excelParts) {
    return 'not-workbook';
  }
  const workbookPart = officeDocument ?? 'xl/workbook.xml';
  if (!has(workbookPart)) return excelParts ? 'damaged' : 'not-workbook';
  if (!has('[Content_Types].xml')) return 'damaged';
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const file = workbookPart.slice(folder.length);
  const rels = await text(zip, `${folder}_rels/${file}.rels`);
  if (rels === null) return 'damaged';
  for (const { type, target, external } of relationships(rels)) {
    if (external || !/\/(worksheet|sharedStrings)$/.test(type)) continue;
    if (!has(resolvePart(folder, target))) return 'damaged';
  }
  return null;
}

async function text(zip: PackageArchive, name: string): Promise<string | null> {
  const wanted = name.toLowerCase();
  const found = zip.names.find((key) => key.toLowerCase() === wanted);
  return found === undefined ? null : zip.text(found);
}

/** The main part named by the package relationships ("xl/workbook.xml"), or null. */
function officeDocumentPart(rels: string | null): string | null {
  if (rels === null) return null;
  const main = relationships(rels).find(({ type }) => type.endsWith('/officeDocument'));
  return main === undefined ? null : resolvePart('', main.target);
}

function relationships(xml: string): { type: string; target: string; external: boolean }[] {
  return [...xml.matchAll(RELATIONSHIP)].map((match) => {
    const attributes = match[1] ?? '';
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1] ?? '';
    return {
      type: attribute('Type'),
      target: attribute('Target'),
      external: attribute('TargetMode') === 'External',
    };
  });
}

/** A relationship target as a part name: "/xl/x.xml" from the root, else from `folder`. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Whether the bytes hold `word` in UTF-16LE (how compound files name their streams). */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  outer: for (let i = 0; i + word.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
