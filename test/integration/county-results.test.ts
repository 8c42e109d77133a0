import type { SheetGrid, WorkbookGrids } from '../../src/core/grid';
import type { Consolidation } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readWorkbook, writeWorkbook } from '../../src/host/xlsx';

/** A township's standard sheet: 其中 rows, targets, an 亿元 and a count indicator. */
function township(name: string, scale: number): SheetGrid {
  return {
    name,
    rows: [
      [`${name}主要经济指标完成情况（2025年1-6月）`],
      ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)', '全年目标', '完成目标(%)'],
      ['一、工业总产值', '万元', 1850 * scale, 1760 * scale, null, 4000 * scale, null],
      ['其中：规模以上工业产值', '万元', 1500 * scale, 1400 * scale, null, null, null],
      ['二、销售收入', '万元', 1350 * scale, 1286 * scale, null, null, null],
      ['招商引资到位资金', '亿元', (8 * scale) / 10, (7 * scale) / 10, null, null, null],
      ['入园企业数', '家', 5 * scale, null, null, null, null],
    ],
  };
}

const countyA: WorkbookGrids = {
  file: 'A县乡镇.xlsx',
  sheets: [township('甲镇', 1), township('乙镇', 2)],
};
const countyB: WorkbookGrids = {
  file: 'B县乡镇.xlsx',
  sheets: [township('丙镇', 3), township('丁乡', 5), township('戊街道', 7)],
};

/** A county's whole result workbook, as the command line writes it, read back. */
async function countyResult(
  county: WorkbookGrids,
  area: string,
  file: string,
): Promise<WorkbookGrids> {
  const result = runPipeline([county], { area });
  const bytes = await writeWorkbook(result.sheets, [], {
    marker: { area, period: result.words.period, sources: [] },
  });
  return readWorkbook(bytes, file);
}

function totals(c: Consolidation): unknown[] {
  return c.indicators.map((i) => ({
    key: i.key,
    unit: i.unit?.symbol ?? null,
    current: i.current,
    previous: i.previous,
    target: i.target,
    growth: i.growth.pct?.toFixed(1) ?? null,
  }));
}

describe('county results as inputs', () => {
  it('consolidates two counties’ results into a city total equal to the sum of all townships', async () => {
    const a = await countyResult(countyA, 'A县', 'A县汇总结果.xlsx');
    const b = await countyResult(countyB, 'B县', 'B县汇总结果.xlsx');
    expect(a.sheets.map((s) => s.name)).toEqual(['汇总', '分乡镇', '审核', '综述']);

    const city = runPipeline([a, b], { area: '全市' });
    expect(city.consolidation.townships).toEqual(['A县', 'B县']);
    expect(city.consolidation.reportedTotals).toEqual([]);
    const direct = runPipeline([countyA, countyB], { area: '全市' });
    expect(direct.consolidation.townships).toHaveLength(5);
    expect(totals(city.consolidation)).toEqual(totals(direct.consolidation));
    // 1850 × (1 + 2 + 3 + 5 + 7) = 33300
    expect(city.consolidation.indicators[0]?.current).toBe(33300);
    // Only the 汇总 sheets were read: no notice about 分乡镇, 审核 or 综述.
    const parseIssues = city.issues.filter((i) => i.code.startsWith('parse.'));
    expect(parseIssues.filter((i) => i.location.sheet !== '汇总')).toEqual([]);
    expect(city.issues.filter((i) => i.code === 'parse.result-workbook')).toHaveLength(2);
    expect(city.findings.filter((f) => f.level !== 'info')).toEqual([]);
    // The narrative names the counties, as it names townships.
    const townshipParagraphs = city.paragraphs.filter((p) => p.kind === 'township');
    expect(townshipParagraphs.map((p) => p.township)).toEqual(['A县', 'B县']);
  });

  it('names each result after its file when both were made with the default area word', async () => {
    const a = await countyResult(countyA, '全县', 'A县.xlsx');
    const b = await countyResult(countyB, '全县', 'B县.xlsx');
    const city = runPipeline([a, b], { area: '全市' });
    expect(city.consolidation.townships).toEqual(['A县', 'B县']);
    expect(city.consolidation.indicators[0]?.current).toBe(33300);
  });

  it('gives the same totals when a county’s result is fed back in alone', async () => {
    const first = runPipeline([countyB], { area: 'B县' });
    const again = runPipeline([await countyResult(countyB, 'B县', '汇总结果.xlsx')], {});
    expect(again.consolidation.townships).toEqual(['B县']);
    expect(totals(again.consolidation)).toEqual(totals(first.consolidation));
  });
});
