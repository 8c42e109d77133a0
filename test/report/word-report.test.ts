import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { runCli } from '../../src/cli/run-cli';
import { cellText } from '../../src/core/output/cell-text';
import { FONTS, PAGE } from '../../src/host/docx/gbt9704';
import { captureIO } from '../helpers/capture-io';
import { readDocx, type DocxContent } from '../helpers/docx-xml';
import { makeTempDir, sha256 } from '../host/xlsx-files';

const EXAMPLE = join(__dirname, '../../examples/县域示例.xlsx');

/** A sheet's rows as Excel shows them: each cell's value with its number format. */
function shownRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      const value = cell.isMerged && cell.master !== cell ? null : cell.value;
      const plain = typeof value === 'number' || typeof value === 'string' ? value : null;
      cells.push(cellText(plain, cell.numFmt ?? null));
    }
    rows[r - 1] = cells;
  });
  return rows;
}

describe('the Word report from the command line (--docx)', () => {
  const temp = makeTempDir();
  const input = join(temp.dir, '县域示例.xlsx');
  const xlsx = join(temp.dir, '结果', '汇总结果.xlsx');
  const docxPath = join(temp.dir, '结果', '全县上半年.docx');
  let docx: DocxContent;
  let workbook: Workbook;
  let inputHash: string;

  beforeAll(async () => {
    copyFileSync(EXAMPLE, input);
    inputHash = sha256(input);
    const c = captureIO();
    const code = await runCli(
      [input, '-o', xlsx, '--docx', docxPath, '--docx-townships', '--period', '上半年'],
      c.io,
    );
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    expect(c.out()).toContain(`已写出：${docxPath}`);
    docx = await readDocx(readFileSync(docxPath));
    workbook = new Workbook();
    await workbook.xlsx.readFile(xlsx);
  }, 120_000);
  afterAll(() => {
    expect(sha256(input)).toBe(inputHash);
    temp.cleanup();
  });

  it('has the title, then the 综述 paragraphs exactly as the 综述 sheet holds them', () => {
    const narrative = workbook.getWorksheet('综述');
    const sheetParagraphs: string[] = [];
    narrative?.eachRow((row) => sheetParagraphs.push(String(row.getCell(1).value)));
    expect(sheetParagraphs.length).toBeGreaterThan(3);
    expect(docx.paragraphs[0]).toBe('全县上半年主要经济指标完成情况');
    expect(docx.paragraphs[1]).toBe('一、总体情况');
    expect(docx.paragraphs.slice(2, 2 + sheetParagraphs.length)).toEqual(sheetParagraphs);
    expect(docx.paragraphs[2 + sheetParagraphs.length]).toBe('二、主要经济指标汇总');
  });

  it('holds the 汇总 table with every cell the string the 汇总 sheet shows', () => {
    const summary = workbook.getWorksheet('汇总');
    if (summary === undefined) throw new Error('no 汇总 sheet');
    const shown = shownRows(summary);
    // The sheet's title row is the table's caption; its header and figures are the table.
    expect(docx.paragraphs).toContain(shown[0]?.[0]);
    expect(docx.tables[0]).toEqual(shown.slice(1));
    expect(docx.tables[0]?.length).toBeGreaterThan(10);
  });

  it('cuts the 分乡镇 sheet into tables of two townships that together show every cell', () => {
    const byTownship = workbook.getWorksheet('分乡镇');
    if (byTownship === undefined) throw new Error('no 分乡镇 sheet');
    const shown = shownRows(byTownship);
    const townships = (shown[0] ?? []).slice(2).filter((name) => name !== '');
    expect(townships.length).toBe(7);
    const tables = docx.tables.slice(1);
    expect(tables).toHaveLength(Math.ceil(townships.length / 2));
    const rebuilt = shown.slice(2).map((row) => row.slice(0, 2));
    tables.forEach((table, t) => {
      const names = townships.slice(2 * t, 2 * t + 2);
      expect(table[0]).toEqual(['指标名称', '计量单位', ...names]);
      expect(docx.paragraphs).toContain(`（${'一二三四'[t]}）${names.join('、')}`);
      table.slice(2).forEach((row, r) => {
        expect(row.slice(0, 2)).toEqual(shown[r + 2]?.slice(0, 2));
        rebuilt[r]?.push(...row.slice(2));
      });
    });
    expect(rebuilt).toEqual(shown.slice(2));
  });

  it('is laid out as GB/T 9704 asks: A4, its margins, named fonts, 28 pt lines, page numbers', () => {
    expect(docx.xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(PAGE.width).toBe(11906);
    expect(PAGE.height).toBe(16838);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.xml)?.[1] ?? '';
    expect(margins).toContain('w:top="2098"'); // 37 mm
    expect(margins).toContain('w:bottom="1984"'); // 35 mm
    expect(margins).toContain('w:left="1587"'); // 28 mm
    expect(margins).toContain('w:right="1474"'); // 26 mm
    for (const name of [FONTS.title, FONTS.body, FONTS.heading1, FONTS.heading2, FONTS.table]) {
      expect(docx.xml).toContain(`w:eastAsia="${name}"`);
    }
    // Body paragraphs: exactly 28 pt, first line indented two characters, 三号.
    const narrative =
      /<w:p>((?:(?!<\/w:p>)[\s\S])*?上半年，全县实现工业总产值)/.exec(docx.xml)?.[1] ?? '';
    expect(narrative).toContain('w:line="560" w:lineRule="exact"');
    expect(narrative).toContain('w:firstLineChars="200"');
    expect(narrative).toContain(`w:eastAsia="${FONTS.body}"`);
    expect(narrative).toContain('<w:sz w:val="32"/>');
    // Table figures: 宋体 小四, right-aligned.
    const figure = /<w:p>((?:(?!<\/w:p>)[\s\S])*?>864,080<)/.exec(docx.xml)?.[1] ?? '';
    expect(figure).toContain('<w:jc w:val="right"/>');
    expect(figure).toContain('<w:sz w:val="24"/>');
    expect(figure).toContain(`w:eastAsia="${FONTS.table}"`);
    // "— 1 —": a PAGE field between the dashes, in both footers (odd and even pages).
    expect(docx.footers).toHaveLength(2);
    for (const footer of docx.footers) {
      expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
    }
  });

  it('writes the report alone, and refuses a path that is not .docx, a folder or an input', async () => {
    const alone = join(temp.dir, '单独.docx');
    const ok = captureIO();
    expect(await runCli([input, '--docx', alone, '--area', '园区'], ok.io)).toBe(0);
    expect((await readDocx(readFileSync(alone))).paragraphs[0]).toBe(
      '园区1-6月主要经济指标完成情况',
    );

    const wrongExtension = captureIO();
    expect(await runCli([input, '--docx', join(temp.dir, '报告.doc')], wrongExtension.io)).toBe(1);
    expect(wrongExtension.err()).toContain('Word 报告');
    expect(wrongExtension.err()).toContain('.docx');

    const folder = join(temp.dir, '报告.docx');
    mkdirSync(folder);
    const isFolder = captureIO();
    expect(await runCli([input, '--docx', folder], isFolder.io)).toBe(1);
    expect(isFolder.err()).toContain(`例如：--docx ${join(folder, '报告.docx')}`);

    const docxInput = join(temp.dir, '输入.docx');
    copyFileSync(input, docxInput);
    const sameAsInput = captureIO();
    expect(await runCli([input, docxInput, '--docx', docxInput], sameAsInput.io)).toBe(1);
    expect(sameAsInput.err()).toContain('与输入文件相同');
  }, 120_000);
});
