import JSZip from 'jszip';

/** A .docx's body read back: its paragraphs' text and its tables' cell texts. */
export interface DocxContent {
  /** `word/document.xml` as written. */
  readonly xml: string;
  /** Text of every paragraph outside tables, in order. */
  readonly paragraphs: readonly string[];
  /** Each table: rows of cell texts (a merged cell counted once). */
  readonly tables: readonly (readonly (readonly string[])[])[];
  /** Names of the files under word/media. */
  readonly media: readonly string[];
  /** The footers' XML. */
  readonly footers: readonly string[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the w:t runs in `xml`. */
function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => unescape(m[1] ?? ''))
    .join('');
}

/**
 * Opens .docx bytes as Word would (a zip) and reads the body's paragraphs and tables.
 *
 * @example const { paragraphs } = await readDocx(bytes);
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (file === null) throw new Error('no word/document.xml');
  const xml = await file.async('string');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)]
        .filter((cell) => !/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cell[1] ?? ''))
        .map((cell) => runText(cell[1] ?? '')),
    ),
  );
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) =>
    runText(p[1] ?? ''),
  );
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  const footerFiles = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  const footers = await Promise.all(
    footerFiles.map((name) => zip.file(name)?.async('string') ?? ''),
  );
  return { xml, paragraphs, tables, media, footers };
}
