/**
 * Issue 14 §1 through the real parts: township sheets written as an .xlsx by exceljs, read
 * back by the host, run through the whole pipeline. The narrative never breaks on partial
 * data, a paragraph left out is listed on the 审核 sheet, and a paragraph quoting a total
 * the audit found 错误 in says so.
 */
import { sheetsToBuffer, type SheetSpec } from '../../scripts/lib/sheet-writer';
import { runPipeline, type PipelineResult } from '../../src/core/pipeline';
import { readWorkbook } from '../../src/host/xlsx/read-workbook';

const HEADER = ['指标名称', '计量单位', '本期', '上年同期', '全年目标'];

const town = (name: string, rows: (string | number | null)[][]): SheetSpec => ({
  name,
  rows: [['主要经济指标完成情况（2025年1-6月）'], HEADER, ...rows],
});

async function run(sheets: SheetSpec[], area = '园区'): Promise<PipelineResult> {
  const grids = await readWorkbook(await sheetsToBuffer(sheets), '园区.xlsx');
  return runPipeline([grids], { area, period: '上半年' });
}

const texts = (result: PipelineResult): string[] => result.paragraphs.map((p) => p.text);

describe('the narrative on partial data, from an .xlsx', () => {
  it('drops a missing first clause with its separator, writes zero bases and profits, leaves zeros out', async () => {
    const result = await run([
      town('甲镇', [
        ['销售收入', '万元', 18000, 0, 40000],
        ['利润总额', '万元', 0, -50],
        ['工商税收', '万元', 0, 120],
        ['入园企业数', '家', 0, 3],
      ]),
      town('乙镇', [
        ['销售收入', '万元', 5000, null],
        ['利润总额', '万元', 0, 100],
      ]),
    ]);
    const [main, ...rest] = texts(result);
    // 甲镇 + 乙镇: 23000万元; the comparable base (甲镇's) is zero; profit 50 -> 0.
    expect(main).toBe(
      '上半年，园区销售收入2.3亿元（上年同期为零）；利润总额为零（上年同期盈利50万元）。',
    );
    expect(rest).toContain(
      '甲镇上半年销售收入1.8亿元（上年同期为零）；利润总额盈亏持平（上年同期亏损50万元）。',
    );
    expect(rest).toContain('乙镇上半年销售收入5000万元；利润总额为零（上年同期盈利100万元）。');
    // The targets paragraph keeps its opening when 工业总产值 has no target.
    expect(rest.find((t) => t.includes('全年目标'))).toMatch(/^上半年，园区销售收入完成全年目标的/);
    expect(texts(result).join('\n')).not.toMatch(/同比新增|扭亏为盈|下降100%|0家|0元|；；|，。/);
  });

  it('leaves out a township with none of the indicators, with a notice on the 审核 sheet', async () => {
    const result = await run([
      town('甲镇', [['工业总产值', '万元', 52000, 48000]]),
      town('乙镇', [['工业总产值', '万元', 8800, 8000]]),
      town('丙乡', [['耕地面积', '亩', 1200, 1200]]),
    ]);
    expect(result.paragraphs.map((p) => p.township ?? null)).not.toContain('丙乡');
    const notice = result.findings.find((f) => f.code === 'narrative.paragraph-left-out');
    expect(notice).toMatchObject({ rule: 'input.notice', level: 'info' });
    expect(notice?.params).toMatchObject({ template: '分乡镇', subject: '丙乡' });
    const audit = result.sheets.find((s) => s.name === '审核');
    const cells = audit?.rows.flat().map(String) ?? [];
    expect(cells).toContain('综述模板“分乡镇”：丙乡没有该段所用指标的数据，该段未写入综述');
  });

  it('writes no share over 100% and puts a caveat on a paragraph quoting a total with errors', async () => {
    const result = await run([
      town('甲镇', [
        ['工业总产值', '万元', 5000, 4000],
        ['其中：规模以上工业产值', '万元', 6000, 3000],
      ]),
    ]);
    expect(
      result.findings.some(
        (f) => f.level === 'error' && f.location.indicator === '规模以上工业产值',
      ),
    ).toBe(true);
    // The 其中 item follows its whole in the main sentence, without its share (over 100%),
    // and the caveat stands at the end of that clause.
    expect(result.paragraphs.find((p) => p.kind === 'main')?.text).toBe(
      '上半年，园区实现工业总产值5000万元，同比增长25%，其中规模以上工业产值6000万元' +
        '（规模以上工业产值数据经审核存在错误，详见“审核”表）。',
    );
    expect(result.issues.map((i) => i.code)).toContain('narrative.share-over-whole');
    expect(texts(result).join('\n')).not.toMatch(/占1[0-9]{2}(\.[0-9])?%/);
  });

  it('puts no caveat on totals whose only 错误 is a reported total that disagrees', async () => {
    const result = await run([
      town('合计', [['工业总产值', '万元', 9999, 8000]]),
      town('甲镇', [['工业总产值', '万元', 5000, 4000]]),
      town('乙镇', [['工业总产值', '万元', 3000, 4000]]),
    ]);
    expect(
      result.findings.some((f) => f.level === 'error' && f.location.indicator === '工业总产值'),
    ).toBe(true);
    expect(result.paragraphs.find((p) => p.kind === 'main')?.text).toBe(
      '上半年，园区实现工业总产值8000万元，同比持平。',
    );
  });
});
