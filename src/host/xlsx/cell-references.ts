import { columnLetters, fromA1 } from '../../core/grid';

/**
 * Cells and rows written without their optional `r` attribute (legal OOXML: some exporters
 * leave it out) make exceljs fail. These functions add the missing references by position,
 * as Excel reads them: a `<row>` without `r` is the row after the previous one, a `<c>`
 * without `r` is the column after the previous cell of its row. Browser-safe (no Node
 * imports).
 */

/** `<row …>`, `</row>`, `<c …>` or `<c …/>`, with an optional namespace prefix. */
const TAG = /<(\/?)((?:[A-Za-z_][\w.-]*:)?)(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const R_ATTRIBUTE = /\sr\s*=\s*["']([^"']*)["']/;
const SHEET_DATA_OPEN = /<(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])[^>]*>/;
const SHEET_DATA_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/;
const WORKSHEET_PART = /(^|\/)worksheets\/[^/]+\.xml$/i;

/**
 * Adds the missing `r` attributes of the rows and cells in a worksheet's XML, or returns
 * null when every row and cell already has one (nothing to change).
 *
 * @example
 * addCellReferences('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData>')
 * // '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>'
 */
export function addCellReferences(xml: string): string | null {
  const open = SHEET_DATA_OPEN.exec(xml);
  if (open === null) return null;
  const start = open.index + open[0].length;
  const close = SHEET_DATA_CLOSE.exec(xml.slice(start));
  const end = close === null ? xml.length : start + close.index;
  const data = xml.slice(start, end);
  let row = 0;
  let col = 0;
  let changed = false;
  const patched = data.replace(
    TAG,
    (tag, slash: string, prefix: string, name: string, attributes: string, selfClose: string) => {
      if (slash === '/') return tag;
      const given = R_ATTRIBUTE.exec(attributes)?.[1];
      if (name === 'row') {
        col = 0;
        const number = given === undefined ? NaN : Number(given);
        if (Number.isInteger(number) && number > 0) {
          row = number;
          return tag;
        }
        row += 1;
        changed = true;
        return `<${prefix}row r="${row}"${withoutR(attributes)}${selfClose}>`;
      }
      if (given !== undefined && /^[A-Za-z]{1,3}\d+$/.test(given)) {
        col = fromA1(given).col + 1;
        return tag;
      }
      col += 1;
      changed = true;
      return `<${prefix}c r="${columnLetters(col - 1)}${Math.max(row, 1)}"${withoutR(attributes)}${selfClose}>`;
    },
  );
  return changed ? xml.slice(0, start) + patched + xml.slice(end) : null;
}

/**
 * The package with the missing `r` attributes of its worksheets added, or null when no
 * worksheet lacks one. Only worksheets that need it are rewritten.
 *
 * @example
 * const patched = await addPackageCellReferences(bytes);
 * await workbook.xlsx.load(patched ?? bytes);
 */
export async function addPackageCellReferences(bytes: Uint8Array): Promise<Uint8Array | null> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !WORKSHEET_PART.test(part.name)) continue;
    const patched = addCellReferences(await part.async('string'));
    if (patched === null) continue;
    zip.file(part.name, patched);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : null;
}

/** The attributes with an empty or invalid `r` taken out (a new one is written first). */
function withoutR(attributes: string): string {
  return attributes.replace(R_ATTRIBUTE, '');
}
