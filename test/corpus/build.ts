/**
 * Builders for corpus cases (`test/corpus/cases/*.ts`): real .xlsx bytes made with exceljs,
 * the standard township sheet, and hand-made zip packages (jszip) for what exceljs will not
 * write. Each builder returns a function, so the bytes are made only when a case runs.
 */
import { Workbook, type CellValue } from 'exceljs';
import JSZip from 'jszip';

/** One row of a sheet, from column A; null leaves the cell empty. */
export type CorpusRow = readonly (CellValue | null)[];

/** A sheet's rows, from row 1. */
export type CorpusRows = readonly CorpusRow[];

/** Makes a file's bytes when the case runs. */
export type MakeBytes = () => Promise<Uint8Array>;

export interface XlsxOptions {
  /** Sheets to mark hidden (the user can unhide them). */
  readonly hidden?: readonly string[];
  /** Sheets to mark very hidden (only VBA can unhide them). */
  readonly veryHidden?: readonly string[];
  /** The workbook's title property (docProps/core.xml). */
  readonly title?: string;
  /** The workbook's subject property. */
  readonly subject?: string;
  /** The workbook's keywords property. */
  readonly keywords?: string;
}

/**
 * A workbook whose sheets hold the given rows (from A1), in the given order. Cells take any
 * exceljs value: numbers, text, booleans, `{ error: '#DIV/0!' }`, `{ formula: 'C4+C5' }`.
 *
 * @example
 * files: { '县域.xlsx': xlsx({ 甲镇: townshipSheet('甲镇', { output: [100, 90] }) }) }
 */
export function xlsx(
  sheets: Readonly<Record<string, CorpusRows>>,
  opts: XlsxOptions = {},
): MakeBytes {
  return async () => {
    const workbook = new Workbook();
    if (opts.title !== undefined) workbook.title = opts.title;
    if (opts.subject !== undefined) workbook.subject = opts.subject;
    if (opts.keywords !== undefined) workbook.keywords = opts.keywords;
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = workbook.addWorksheet(name);
      if (opts.hidden?.includes(name)) sheet.state = 'hidden';
      if (opts.veryHidden?.includes(name)) sheet.state = 'veryHidden';
      rows.forEach((row, r) => {
        row.forEach((value, c) => {
          if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
        });
      });
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };
}

/**
 * A township's figures for one indicator: [本期, 上年同期] or [本期, 上年同期, 同比增长(%)];
 * text and null are written as they are.
 */
export type FigurePair =
  | readonly [CellValue | null, CellValue | null]
  | readonly [CellValue | null, CellValue | null, CellValue | null];

/**
 * A township's figures for {@link townshipSheet}. A row is written only for the fields
 * given, so leaving one out makes a township that does not report the indicator.
 */
export interface TownshipFigures {
  /** 一、工业总产值 (money). */
  readonly output?: FigurePair;
  /** 其中：规模以上工业产值, a child of 工业总产值 (money). */
  readonly aboveScale?: FigurePair;
  /** 二、销售收入 (money). */
  readonly sales?: FigurePair;
  /** 三、利润总额 (money). */
  readonly profit?: FigurePair;
  /** 工商税收 (money). */
  readonly tax?: FigurePair;
  /** 入园企业数 (家, a count: 本期 only). */
  readonly firms?: CellValue | null;
}

export interface TownshipSheetOptions {
  /** The money rows' 计量单位 (default 万元). */
  readonly unit?: string;
  /** Writes the title row (default true). */
  readonly title?: boolean;
  /** The 填报单位 line's unit words, e.g. '单位：万元' (default none). */
  readonly unitLine?: string;
  /** The 填报单位 (default the township name); null leaves the line out. */
  readonly reporter?: string | null;
}

/**
 * A standard 主要经济指标完成情况表: title row, 填报单位 line, header
 * 指标名称 | 计量单位 | 本期 | 上年同期 | 同比增长(%), then a row per figure given (header on
 * row 3, first indicator on row 4 with the title; see {@link TOWNSHIP_ROW}).
 *
 * @example
 * townshipSheet('甲镇', { output: [185000, 176000], aboveScale: [120000, 110000], firms: 53 })
 */
export function townshipSheet(
  name: string,
  figures: TownshipFigures,
  options: TownshipSheetOptions = {},
): CorpusRows {
  const unit = options.unit ?? '万元';
  const rows: CorpusRow[] = [];
  if (options.title ?? true) rows.push([`${name}园区主要经济指标完成情况（2025年1-6月）`]);
  const reporter = options.reporter === undefined ? name : options.reporter;
  if (reporter !== null || options.unitLine !== undefined) {
    rows.push([
      reporter === null ? null : `填报单位：${reporter}`,
      null,
      null,
      null,
      options.unitLine ?? null,
    ]);
  }
  rows.push(['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)']);
  const pair = (label: string, p: FigurePair | undefined): void => {
    if (p !== undefined) rows.push([label, unit, p[0], p[1], p[2] ?? null]);
  };
  pair('一、工业总产值', figures.output);
  pair('  其中：规模以上工业产值', figures.aboveScale);
  pair('二、销售收入', figures.sales);
  pair('三、利润总额', figures.profit);
  pair('工商税收', figures.tax);
  if (figures.firms !== undefined) rows.push(['入园企业数', '家', figures.firms, null, null]);
  return rows;
}

/**
 * Row numbers of {@link townshipSheet} with all figures, the title row and the 填报单位
 * line (the default): header on 3,
 * 工业总产值 on 4, 规模以上工业产值 5, 销售收入 6, 利润总额 7, 工商税收 8, 入园企业数 9.
 * Columns: C 本期, D 上年同期.
 */
export const TOWNSHIP_ROW = {
  header: 3,
  output: 4,
  aboveScale: 5,
  sales: 6,
  profit: 7,
  tax: 8,
  firms: 9,
} as const;

/** Three townships' full figures (万元, 家), handy to spread and change one field. */
export const STANDARD: Readonly<Record<'甲镇' | '乙镇' | '丙乡', TownshipFigures>> = {
  甲镇: {
    output: [185000, 176000],
    aboveScale: [120000, 110000],
    sales: [135000, 128600],
    profit: [9000, 8000],
    tax: [7500, 7042],
    firms: 53,
  },
  乙镇: {
    output: [115000, 104000],
    aboveScale: [80000, 75000],
    sales: [90000, 80000],
    profit: [5000, 5200],
    tax: [4200, 4000],
    firms: 20,
  },
  丙乡: {
    output: [60000, 50000],
    aboveScale: [30000, 28000],
    sales: [40000, 36000],
    profit: [1500, 1000],
    tax: [1300, 1200],
    firms: 12,
  },
};

/**
 * A hand-made zip package (jszip): for OOXML exceljs will not write (cells without `r`,
 * NaN in the XML, missing parts) and for zips that are not workbooks.
 *
 * @example
 * files: { '坏.xlsx': zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }) }
 */
export function zipWith(files: Readonly<Record<string, string | Uint8Array>>): MakeBytes {
  return async () => {
    const zip = new JSZip();
    for (const [path, content] of Object.entries(files)) zip.file(path, content);
    return zip.generateAsync({ type: 'uint8array' });
  };
}

/**
 * The parts of a minimal one-sheet workbook, for {@link zipWith}: give the sheet's
 * `<sheetData>` inner XML (inline strings or shared strings as you write them), then add,
 * drop or replace parts.
 *
 * @example
 * zipWith(minimalParts('甲镇', '<row><c t="inlineStr"><is><t>指标名称</t></is></c></row>'))
 */
export function minimalParts(sheetName: string, sheetData: string): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>` +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${sheetData}</sheetData>` +
      '</worksheet>',
  };
}
