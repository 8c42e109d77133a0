import { join } from 'node:path';
import { sheetsWithCharts } from '../../src/app/chart-output';
import { readSavedRequest, saveRunChoices } from '../../src/app/saved-settings';
import { runPipeline } from '../../src/core/pipeline';
import { supportUpTo } from '../../src/host/office/requirement';
import { writeOutputs } from '../../src/host/office/write-sheets';
import { readWorkbookFile } from '../../src/host/xlsx/read-workbook-file';
import { FAKE_CHART_MEMBERS, FakeExcel, type FakeSheet } from './fake-excel';
import { FakeDocumentStore, FakeSettings } from './fake-settings';

const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;
const EXAMPLE = join(__dirname, '../../examples/县域示例-无差错.xlsx');

async function exampleSheets(settings = {}) {
  const result = runPipeline([await readWorkbookFile(EXAMPLE)]);
  return sheetsWithCharts(result, settings);
}

/** The values of an A1 block ("A5:B12") of a fake sheet. */
function block(sheet: FakeSheet, address: string): unknown[][] {
  const all = sheet.valuesFromA1();
  const [first = '', last = ''] = address.split(':');
  const cell = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return { row: Number(m[2]) - 1, col: m[1]!.charCodeAt(0) - 65 };
  };
  const a = cell(first);
  const b = cell(last);
  return all.slice(a.row, b.row + 1).map((row) => row.slice(a.col, b.col + 1));
}

describe('the 图表 sheet in Excel (native charts)', () => {
  it('adds three column charts over their data, with ExcelApi 1.1 members only', async () => {
    const fake = new FakeExcel([{ name: '说明', rows: [['用户的表']] }]);
    const report = await writeOutputs(asContext(fake), await exampleSheets(), {
      supports: supportUpTo('1.1'),
    });
    expect(report.names).toEqual(['汇总', '分乡镇', '审核', '综述', '图表']);
    const sheet = fake.sheet('图表');
    expect(sheet.charts.map((c) => [c.type, c.seriesBy, c.title])).toEqual([
      ['ColumnClustered', 'Columns', '各乡镇工业总产值'],
      ['ColumnClustered', 'Columns', '各乡镇工业总产值增速'],
      ['ColumnClustered', 'Columns', '各乡镇工业总产值目标完成情况'],
    ]);
    const [value, growth] = sheet.charts;
    // The data lives on the sheet: header, then township and value, sorted descending.
    const data = block(sheet, value!.source);
    expect(data[0]).toEqual(['乡镇', '本期（万元）']);
    expect(data.slice(1).map((row) => row[0])).toEqual([
      '东城镇',
      '高新园区',
      '西河镇',
      '青石镇',
      '白马镇',
      '南湖街道',
      '北山乡',
    ]);
    expect(data[1]).toEqual(['东城镇', 285600]);
    // On 1.1 the reference stays in the data, beside the chart's two columns.
    expect(block(sheet, growth!.source)[0]).toEqual(['乡镇', '同比增长(%)']);
    for (const chart of sheet.charts) {
      expect(chart.showValue).toBe(true);
      expect(chart.legendVisible).toBe(false);
      expect(chart.seriesTypes.size).toBe(0);
      expect(chart.position?.start).toMatch(/^E\d+$/);
    }
    expect(sheet.charts.map((c) => c.valueAxisTitle)).toEqual(['万元', '%', '%']);
    expect([...fake.chartMembers].filter((m) => FAKE_CHART_MEMBERS[m] !== '1.1')).toEqual([]);
    expect(fake.chartMembers.has('worksheet.charts.add')).toBe(true);
  });

  it('draws the reference as a line where ExcelApi 1.7 allows it', async () => {
    const fake = new FakeExcel([{ name: '说明', rows: [['用户的表']] }]);
    await writeOutputs(asContext(fake), await exampleSheets(), { supports: supportUpTo('1.7') });
    const [value, growth, completion] = fake.sheet('图表').charts;
    expect(value!.seriesTypes.size).toBe(0);
    expect(block(fake.sheet('图表'), growth!.source)[0]).toEqual([
      '乡镇',
      '同比增长(%)',
      '全县 14.1%',
    ]);
    expect(growth!.seriesTypes.get(1)).toBe('Line');
    expect(completion!.seriesTypes.get(1)).toBe('Line');
    expect(growth!.legendVisible).toBe(true);
  });

  it('replaces its own 图表 sheet on a rerun and never a user’s sheet of that name', async () => {
    const fake = new FakeExcel([{ name: '图表', rows: [['用户自己画的图']] }]);
    const supports = supportUpTo('1.1');
    const first = await writeOutputs(asContext(fake), await exampleSheets(), { supports });
    expect(first.names[4]).toBe('图表(2)');
    const second = await writeOutputs(asContext(fake), await exampleSheets({ topN: 3 }), {
      supports,
    });
    expect(second.names[4]).toBe('图表(2)');
    expect(fake.names().filter((n) => n.startsWith('图表'))).toEqual(['图表', '图表(2)']);
    expect(fake.sheet('图表').valuesFromA1()).toEqual([['用户自己画的图']]);
    expect(fake.sheet('图表').charts).toEqual([]);
    const ours = fake.sheet('图表(2)');
    expect(ours.charts).toHaveLength(3);
    expect(block(ours, ours.charts[0]!.source)).toHaveLength(4);
  });

  it('keeps the chart choices in the workbook for the ribbon, brought into range', async () => {
    const store = new FakeDocumentStore();
    const request = {
      period: '',
      area: '',
      sheets: [],
      charts: { sort: 'input' as const, topN: 99 },
    };
    await saveRunChoices(new FakeSettings(store), request);
    expect(readSavedRequest(new FakeSettings(store)).charts).toEqual({
      indicator: '',
      sort: 'input',
      topN: 50,
    });
  });
});
