import type { PackageArchive } from '../archive';
import { attribute, check, decodeXml, elements } from './xml-scan';

/** A worksheet as the workbook lists it, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly state: string | undefined;
  /** Its part in the package ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
}

/** What a cell's style says that the grid uses: its number format and indent. */
export interface CellStyle {
  readonly numFmt: string | undefined;
  /** The alignment's indent as exceljs reads it (parseInt), when it has one. */
  readonly indent: number | undefined;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
/** The names exceljs reads parts by: a package naming them otherwise is left to exceljs. */
const KNOWN_PARTS = [
  WORKBOOK,
  WORKBOOK_RELS,
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'docProps/core.xml',
];
/** Built-in number formats the grid cares about: percent (9, 10) and dates (declined). */
const BUILT_IN_PERCENT: Readonly<Record<number, string>> = { 9: '0%', 10: '0.00%' };
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Stands for a built-in date format: `isDateFormat` is true for it. */
const A_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The text of a part, or null when the package has none. Part names that differ from the
 * usual ones only by case, or start with "/", decline (exceljs reads exact names).
 */
export async function partText(zip: PackageArchive, name: string): Promise<string | null> {
  const text = await zip.text(name);
  if (text === null) return null;
  const declaration = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(text);
  check(declaration === null || /^utf-?8$/i.test(declaration[1] ?? ''), 'encoding');
  check(!text.includes('<![CDATA[') && !text.includes('<!DOCTYPE'), 'CDATA or DOCTYPE');
  return text;
}

/** Declines packages whose part names exceljs would read differently from us. */
export function checkPartNames(zip: PackageArchive): void {
  const known = new Set(KNOWN_PARTS);
  for (const name of zip.names) {
    check(!name.startsWith('/'), 'absolute part name');
    const lower = name.toLowerCase();
    if (known.has(name) || WORKSHEET_PART.test(name)) continue;
    check(!KNOWN_PARTS.includes(lower) && !WORKSHEET_PART.test(lower), `part name case: ${name}`);
    check(!/xl\/worksheets\/sheet\d+[.]xml/.test(name), `odd worksheet part: ${name}`);
  }
}

/**
 * The worksheets of the workbook in tab order, with their parts; declines 1904 dates,
 * sheets without a worksheet part, repeated ids and names exceljs would refuse.
 */
export async function readSheetEntries(zip: PackageArchive): Promise<SheetEntry[]> {
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  check(workbook !== null && rels !== null, 'no workbook');
  check(/<workbook[\s>]/.test(workbook) && !/<\w+:sheet[\s>/]/.test(workbook), 'prefixed workbook');
  check(workbook.includes('"http://schemas.openxmlformats.org/spreadsheetml/2006/main"'), 'strict');
  const properties = elements(workbook, 'workbookPr')[0];
  const date1904 =
    properties === undefined ? undefined : attribute(properties.attributes, 'date1904');
  check(date1904 === undefined || date1904 === '0' || date1904 === 'false', '1904 dates');
  const targets = new Map<string, string>();
  for (const { attributes } of elements(rels, 'Relationship')) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const ids = new Set<number>();
  const names = new Set<string>();
  const present = new Set(zip.names);
  const sheetsXml = elements(workbook, 'sheets')[0]?.inner ?? '';
  return elements(sheetsXml, 'sheet').map(({ attributes }) => {
    const name = attribute(attributes, 'name') ?? '';
    const id = Number(attribute(attributes, 'sheetId'));
    const target = targets.get(attribute(attributes, 'r:id') ?? '');
    check(target !== undefined, 'sheet without relationship');
    // How exceljs finds a sheet's part from its relationship target.
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    check(WORKSHEET_PART.test(part) && present.has(part), `sheet part ${part}`);
    check(Number.isInteger(id) && id > 0 && !ids.has(id), 'sheet id');
    check(validSheetName(name) && !names.has(name.toLowerCase()), `sheet name ${name}`);
    ids.add(id);
    names.add(name.toLowerCase());
    return { name, state: attribute(attributes, 'state'), part };
  });
}

/** A name exceljs accepts as it is (no error, no truncation). */
function validSheetName(name: string): boolean {
  return (
    name !== '' &&
    name !== 'History' &&
    name.length <= 31 &&
    !/[*?:/\\[\]]/.test(name) &&
    !/(^')|('$)/.test(name)
  );
}

/**
 * The shared strings, each as exceljs gives its text (runs joined, phonetic runs left out,
 * `_xHHHH_` escapes decoded); declines strings it would read as something else.
 */
export async function readSharedStrings(zip: PackageArchive): Promise<string[]> {
  const xml = await partText(zip, 'xl/sharedStrings.xml');
  if (xml === null) return [];
  check(!/<\w+:si[\s>/]/.test(xml), 'prefixed shared strings');
  return elements(xml, 'si').map(({ inner }) => {
    check(inner !== null, 'empty shared string');
    const withoutPhonetic = inner.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
    check(!withoutPhonetic.includes('<rPh'), 'phonetic run');
    const runs = elements(withoutPhonetic, 'r');
    const texts = elements(withoutPhonetic, 't');
    check(texts.length > 0, 'shared string without text');
    if (runs.length === 0) {
      check(texts.length === 1, 'several texts');
      return escapedText(texts[0]?.inner ?? null);
    }
    // Rich text: each run's text; a <t> outside the runs would make exceljs fail.
    const inRuns = runs.map(({ inner: run }) => elements(run ?? '', 't'));
    check(inRuns.reduce((n, t) => n + t.length, 0) === texts.length, 'text outside runs');
    return inRuns
      .map((t) => (t.length === 0 ? '' : escapedText(t[t.length - 1]?.inner ?? null)))
      .join('');
  });
}

/** A <t>'s text as exceljs's TextXform gives it. */
function escapedText(inner: string | null): string {
  return decodeXml(inner ?? '').replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * The cell styles (cellXfs) by index, as exceljs's getStyleModel gives their number format
 * and indent (built-in formats other than percent and date ones are left out: the grid
 * needs neither).
 */
export async function readCellStyles(zip: PackageArchive): Promise<(CellStyle | null)[]> {
  const xml = await partText(zip, 'xl/styles.xml');
  if (xml === null) return [];
  check(!/<\w+:xf[\s>/]/.test(xml), 'prefixed styles');
  const formats = new Map<number, string>();
  for (const { attributes } of elements(xml, 'numFmt')) {
    const id = parseInt(attribute(attributes, 'numFmtId') ?? '', 10);
    const code = attribute(attributes, 'formatCode');
    if (code !== undefined) formats.set(id, code);
  }
  const cellXfs = elements(xml, 'cellXfs')[0]?.inner ?? '';
  return elements(cellXfs, 'xf').map(({ attributes, inner }) => {
    const id = parseInt(attribute(attributes, 'numFmtId') ?? '', 10);
    let numFmt: string | undefined;
    if (id) {
      numFmt = formats.get(id) || (BUILT_IN_DATES.has(id) ? A_DATE_FORMAT : BUILT_IN_PERCENT[id]);
    }
    const alignment = inner === null ? undefined : elements(inner, 'alignment')[0];
    const indentText =
      alignment === undefined ? undefined : attribute(alignment.attributes, 'indent');
    const indent = indentText ? parseInt(indentText, 10) : undefined;
    return { numFmt, indent };
  });
}

/**
 * Whether exceljs reads a number in this format as a date (its isDateFmt): such cells
 * are declined.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The document's description (dc:description), where our result marker is kept. */
export async function readDescription(zip: PackageArchive): Promise<string | undefined> {
  const xml = await partText(zip, 'docProps/core.xml');
  if (xml === null) return undefined;
  const found = elements(xml, 'dc:description')[0];
  return found?.inner == null || found.inner === '' ? undefined : decodeXml(found.inner);
}
