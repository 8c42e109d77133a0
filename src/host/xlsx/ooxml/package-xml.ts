import { MAIN_NS, RELATIONSHIPS_NS, XML_DECLARATION, xmlText } from './xml-text';

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A relationship of a part: its id, type (the last word of the type URI) and target. */
export interface Relationship {
  readonly id: string;
  readonly type: 'worksheet' | 'styles' | 'sharedStrings' | 'drawing' | 'image';
  readonly target: string;
}

/**
 * A relationships part (.rels).
 *
 * @example
 * relationshipsXml([{ id: 'rId1', type: 'drawing', target: '../drawings/drawing1.xml' }])
 */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${OFFICE_RELS}/${r.type}" Target="${xmlText(r.target)}"/>`,
    )
    .join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${items}</Relationships>`;
}

/** _rels/.rels: the workbook and the document properties. */
export function rootRelationshipsXml(): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${OFFICE_RELS}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** [Content_Types].xml for `sheetCount` worksheets and `drawingCount` drawings. */
export function contentTypesXml(sheetCount: number, drawingCount: number): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    override(`/xl/worksheets/sheet${i + 1}.xml`, `${SHEET_TYPE}.worksheet+xml`),
  );
  const drawings = Array.from({ length: drawingCount }, (_, i) =>
    override(
      `/xl/drawings/drawing${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    ),
  );
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    override('/xl/workbook.xml', `${SHEET_TYPE}.sheet.main+xml`) +
    sheets.join('') +
    override('/xl/styles.xml', `${SHEET_TYPE}.styles+xml`) +
    override('/xl/sharedStrings.xml', `${SHEET_TYPE}.sharedStrings+xml`) +
    drawings.join('') +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override(
      '/docProps/app.xml',
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ) +
    '</Types>'
  );
}

/**
 * xl/workbook.xml: the sheets in tab order (relationships rId1…), the first one active.
 * The styles and shared strings follow the sheets' relationships (`workbookRelationships`).
 */
export function workbookXml(sheetNames: readonly string[]): string {
  const sheets = sheetNames
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets><calcPr calcId="0"/></workbook>`
  );
}

/** xl/_rels/workbook.xml.rels for `sheetCount` sheets. */
export function workbookRelationships(sheetCount: number): Relationship[] {
  const sheets = Array.from({ length: sheetCount }, (_, i): Relationship => ({
    id: `rId${i + 1}`,
    type: 'worksheet',
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  return [
    ...sheets,
    { id: `rId${sheetCount + 1}`, type: 'styles', target: 'styles.xml' },
    { id: `rId${sheetCount + 2}`, type: 'sharedStrings', target: 'sharedStrings.xml' },
  ];
}

/**
 * docProps/core.xml: the description (our result marker, when given) and the time written.
 *
 * @example
 * coreXml('park-stats-result:{…}', new Date())
 */
export function coreXml(description: string | undefined, now: Date): string {
  const time = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (description !== undefined ? `<dc:description>${xmlText(description)}</dc:description>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml: the application that wrote the file. */
export function appXml(): string {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>park-stats</Application></Properties>'
  );
}
