/**
 * 文稿核对 on the seed documents' sentences (test/fixtures/drafts, quoted from
 * ../shared/seeds, document 4: the park with 玻璃产品), against data that reproduce them,
 * written to a real .xlsx and read back through exceljs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/draft-check';
import type { DraftFigure } from '../../src/core/draft-check';
import { runPipeline, type PipelineResult } from '../../src/core/pipeline';
import { readWorkbookFile } from '../../src/host/xlsx/read-workbook-file';
import { makeTempDir, writeXlsx, type SheetSpec } from '../host/xlsx-files';

const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'drafts', 'seed-4.txt'), 'utf8');

/** One part of the park; the two parts add up to document 4's figures. */
function part(name: string, f: Record<string, [number, number | null]>): SheetSpec {
  const row = (label: string, unit: string, key: string): (string | number | null)[] => [
    label,
    unit,
    f[key]?.[0] ?? null,
    f[key]?.[1] ?? null,
  ];
  return [
    [`${name}主要经济指标完成情况（2025年1-6月）`],
    ['指标名称', '计量单位', '本期', '上年同期'],
    row('工业总产值', '万元', 'output'),
    row('销售收入', '万元', 'sales'),
    row('  其中：玻璃产品销售收入', '万元', 'glass'),
    row('工商税收', '万元', 'tax'),
    row('招商引资到位资金', '万元', 'invest'),
    row('企业员工总数', '人', 'staff'),
    row('入园企业数', '家', 'firms'),
  ];
}

const EAST = part('东区', {
  output: [100000, 95000],
  sales: [70000, 66000],
  glass: [60000, 57000],
  tax: [4000, 3800],
  invest: [50000, 43000],
  staff: [7000, null],
  firms: [30, null],
});
const WEST = part('西区', {
  output: [85000, 81023],
  sales: [65000, 62571],
  glass: [51500, 49000],
  tax: [3500, 3242],
  invest: [30000, 26565],
  staff: [5000, null],
  firms: [23, null],
});

describe('文稿核对 on seed document 4', () => {
  const temp = makeTempDir();
  let figures: readonly DraftFigure[] = [];
  let sheetNames: string[] = [];
  let data: PipelineResult['consolidation'] | undefined;

  beforeAll(async () => {
    const file = join(temp.dir, '园区.xlsx');
    await writeXlsx(file, { 东区: EAST, 西区: WEST });
    const result = runPipeline([await readWorkbookFile(file)], {
      area: '园区',
      period: '上半年',
      draft: { text: DRAFT, source: 'seed-4.txt' },
    });
    figures = result.draftCheck?.figures ?? [];
    data = result.consolidation;
    sheetNames = result.sheets.map((s) => s.name);
    // The same check, called directly, gives the same verdicts.
    const direct = checkDraft(result.consolidation, { text: DRAFT, source: 'x' }, '园区');
    expect(direct.figures.map((f) => f.verdict)).toEqual(figures.map((f) => f.verdict));
  });
  afterAll(() => temp.cleanup());

  const find = (written: string, paragraph = 1): DraftFigure => {
    const hit = figures.find((f) => f.written === written && f.paragraph === paragraph);
    if (hit === undefined)
      throw new Error(`no figure ${written}: ${figures.map((f) => f.written).join(' ')}`);
    return hit;
  };

  it('finds 占85% 不一致: the data give 82.6%, and suggests the sentence with it', () => {
    const share = find('85%');
    expect(share).toMatchObject({
      verdict: 'mismatch',
      kind: 'share',
      indicator: '玻璃产品销售收入',
      subject: '园区',
      computed: '82.6%',
    });
    expect(share.suggestion).toBe('其中玻璃产品销售收入11.15亿元，占82.6%');
    expect(share.sources.length).toBeGreaterThanOrEqual(4);
  });

  it('accepts 18.5亿元, 5.1%, 7500万元, 8亿元 and 12000人 with their neighbours', () => {
    for (const written of [
      '18.5亿元',
      '7500万元',
      '8亿元',
      '12000人',
      '13.5亿元',
      '11.15亿元',
      '53家',
    ]) {
      expect([written, find(written).verdict]).toEqual([written, 'match']);
    }
    for (const written of ['增长5.1%', '增长5%', '增长6.5%', '增长15%']) {
      expect([written, find(written).verdict]).toEqual([written, 'match']);
    }
    expect(find('8亿元').indicator).toBe('招商引资到位资金');
    expect(find('12000人').indicator).toBe('企业员工总数');
  });

  it('reports what it cannot check, never guessing', () => {
    const unchecked = figures.filter((f) => f.verdict === 'unchecked');
    // 33家 (建成投产经营), 2个 (新竣工项目), 第3位 (among the city's parks), 350多万元,
    // 178万元, 四条, 3.6公里, 约3600万元, 50余人 of one firm, 5人, 20多人, and the
    // 全年 forecast's 57.2亿元, 54.9亿元, 1.42亿元.
    expect(unchecked.map((f) => f.written)).toEqual([
      '33家',
      '2个',
      '第3位',
      '350多万元',
      '178万元',
      '四条',
      '3.6公里',
      '3600万元',
      '50余人',
      '5人',
      '20多人',
      '57.2亿元',
      '54.9亿元',
      '1.42亿元',
    ]);
    for (const f of unchecked) expect(f.reason).toBeTruthy();
    expect(find('57.2亿元', 5).reason).toContain('全年');
    expect(find('50余人', 4).approximate).toBe(true);
    expect(figures.filter((f) => f.verdict === 'mismatch')).toHaveLength(1);
  });

  it('adds the 文稿核对 sheet after the others', () => {
    expect(sheetNames).toEqual(['汇总', '分乡镇', '审核', '综述', '文稿核对']);
  });

  it('reads approximate figures approximately, and leaves 分别 lists unchecked', () => {
    if (data === undefined) throw new Error('no data');
    const text =
      '上半年，园区入园企业五十余家，企业员工总数近1.3万人，工商税收约7500万元。' +
      '工业总产值18.5亿元、销售收入13.5亿元，同比分别增长5.1%、5%。';
    const check = checkDraft(data, { text, source: 'x' }, '园区');
    expect(check.figures.map((f) => [f.written, f.verdict])).toEqual([
      ['五十余家', 'match'],
      ['1.3万人', 'match'],
      ['7500万元', 'match'],
      ['18.5亿元', 'match'],
      ['13.5亿元', 'match'],
      ['分别增长5.1%', 'unchecked'],
      ['5%', 'unchecked'],
    ]);
    expect(check.figures[5]?.reason).toContain('分别');
    const wrong = checkDraft(data, { text: '上半年，园区入园企业六十余家。', source: 'x' }, '园区');
    expect(wrong.figures[0]?.verdict).toBe('mismatch');
  });
});
