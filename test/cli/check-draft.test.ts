import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from '../../src/cli/run-cli';
import { captureIO } from '../helpers/capture-io';
import { makeTempDir, sha256, townshipRows, writeXlsx } from '../host/xlsx-files';

// 东城镇 + 西城镇: 工业总产值 300000万元 (上年同期 280000), 入园企业 73家.
const EAST = townshipRows('东城镇', {
  output: [185000, 176000],
  sales: [135000, 128600],
  firms: 53,
});
const WEST = townshipRows('西城镇', { output: [115000, 104000], sales: [90000, 80000], firms: 20 });
const DRAFT = '上半年，全县实现工业总产值30亿元，同比增长7.1%；入园企业75家。';

describe('park-stats --check-draft', () => {
  const temp = makeTempDir();
  const book = join(temp.dir, '县域.xlsx');
  const txt = join(temp.dir, '草稿.txt');
  const docx = join(temp.dir, '草稿.docx');
  const out = join(temp.dir, '结果.xlsx');

  beforeAll(async () => {
    await writeXlsx(book, { 东城镇: EAST, 西城镇: WEST });
    // A line starting with "=": its excerpt is written as text, never as a formula.
    writeFileSync(txt, `${DRAFT}\n=全县入园企业73家`);
    const document = new Document({ sections: [{ children: [new Paragraph(DRAFT)] }] });
    writeFileSync(docx, await Packer.toBuffer(document));
  });
  afterAll(() => temp.cleanup());

  it('prints the count of 不一致 and the first ones, and writes the 文稿核对 sheet', async () => {
    const before = sha256(txt);
    const c = captureIO();
    const code = await runCli([book, '--check-draft', txt, '-o', out], c.io);
    expect([code, c.err()]).toEqual([0, '']);
    expect(c.out()).toContain('文稿核对：一致 3 处，不一致 1 处，无法核对 0 处');
    expect(c.out()).toContain(
      '[不一致] 第1段 “入园企业75家”：文稿 75家，计算 73家，建议改为“入园企业73家”',
    );
    expect(sha256(txt)).toBe(before);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('文稿核对');
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '段落',
      '原文片段',
      '主体',
      '指标',
      '类型',
      '文稿数',
      '计算数',
      '结论',
      '建议改为',
      '说明',
    ]);
    expect(sheet?.getCell('H3').value).toBe('不一致');
    expect(sheet?.getCell('B3').value).toBe('入园企业75家');
    const excerpts = [3, 4, 5, 6].map((row) => sheet?.getCell(`B${row}`));
    const formulaLike = excerpts.find((cell) => cell?.text === '=全县入园企业73家');
    expect(formulaLike?.type).toBe(3); // ValueType.String: text, not a formula
    expect(formulaLike?.formula).toBeUndefined();
  });

  it('--strict exits 2 on a mismatch; --json adds draftCheck; .docx is read too', async () => {
    const strict = captureIO();
    expect(await runCli([book, '--check-draft', docx, '--strict', '--json'], strict.io)).toBe(2);
    const report = JSON.parse(strict.out()) as { draftCheck: { counts: Record<string, number> } };
    expect(report.draftCheck.counts).toEqual({ match: 2, mismatch: 1, unchecked: 0 });
    writeFileSync(txt, DRAFT.replace('75家', '73家'));
    const clean = captureIO();
    expect(await runCli([book, '--check-draft', txt, '--strict', '--json'], clean.io)).toBe(0);
  });

  it('refuses a draft that is not .docx or .txt, or missing, in one Chinese line', async () => {
    const pdf = join(temp.dir, '草稿.pdf');
    writeFileSync(pdf, 'x');
    const c = captureIO();
    expect(await runCli([book, '--check-draft', pdf, '--json'], c.io)).toBe(1);
    expect(c.err()).toMatch(/^文稿“草稿\.pdf”不是 \.docx 或 \.txt 文件/);
    const missing = captureIO();
    expect(
      await runCli([book, '--check-draft', join(temp.dir, '无.txt'), '--json'], missing.io),
    ).toBe(1);
    expect(missing.err()).toContain('找不到文稿');
    expect(readFileSync(pdf, 'utf8')).toBe('x');
  });
});
