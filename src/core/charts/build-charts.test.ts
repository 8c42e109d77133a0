import { statTable } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import type { StatTable } from '../model/table';
import { buildCharts, chartIndicator } from './build-charts';
import { chartSettings } from './chart-settings';
import { echartsOption } from './echarts-option';

const HALF_YEAR = { label: '1-6月', year: 2025, months: 6 };

interface Figures {
  readonly current?: number;
  readonly previous?: number;
  readonly target?: number;
}

function township(name: string, output: Figures, extra: Figures = {}): StatTable {
  return statTable(
    name,
    [
      { label: '一、工业总产值', unit: '万元', ...output },
      { label: '二、固定资产投资', unit: '万元', ...extra },
      { label: '三、就业人数', unit: '人', current: 10 },
    ],
    { period: HALF_YEAR },
  );
}

const COUNTY = [
  township('东城镇', { current: 120, previous: 100, target: 200 }),
  township('西河镇', { current: 300, previous: 250, target: 500 }),
  township('南湖街道', { current: 90, previous: 100, target: 300 }),
  township('北山乡', { current: 150.456, previous: 120 }),
];

describe('buildCharts', () => {
  it('makes the three charts of 工业总产值 by default, sorted descending, titled from the catalogue', () => {
    const set = buildCharts(consolidate(COUNTY), {}, { area: '全县' });
    expect(set.indicator).toBe('工业总产值');
    expect(set.charts.map((c) => c.title)).toEqual([
      '各乡镇工业总产值',
      '各乡镇工业总产值增速',
      '各乡镇工业总产值目标完成情况',
    ]);
    const [value, growth, completion] = set.charts;
    expect(value!.categories).toEqual(['西河镇', '北山乡', '东城镇', '南湖街道']);
    expect(value!.values).toEqual([300, 150.46, 120, 90]);
    expect(value!.axisName).toBe('万元');
    expect(growth!.categories).toEqual(['北山乡', '东城镇', '西河镇', '南湖街道']);
    expect(growth!.values).toEqual([25.4, 20, 20, -10]);
    // 全县: (660.456 / 570 − 1) × 100 = 15.87…
    expect(growth!.reference).toEqual({ label: '全县 15.9%', value: 15.9 });
    // 北山乡 has no target: left out and counted.
    // Ties keep the input order.
    expect(completion!.categories).toEqual(['东城镇', '西河镇', '南湖街道']);
    expect(completion!.values).toEqual([60, 60, 30]);
    expect(completion!.reference).toEqual({ label: '时间进度 50.0%', value: 50 });
    expect(completion!.note).toBe('1 个乡镇无此数据，未列入');
    expect(set.notes).toEqual([]);
  });

  it('uses the unit word and the settings: ascending, input order, top N cut with a note', () => {
    const consolidation = consolidate(COUNTY);
    const ascending = buildCharts(
      consolidation,
      { sort: 'ascending', topN: 2 },
      { unitWord: '园区' },
    );
    expect(ascending.charts[0]!.title).toBe('各园区工业总产值');
    expect(ascending.charts[0]!.categories).toEqual(['南湖街道', '东城镇']);
    expect(ascending.charts[0]!.note).toBe('另有 2 个园区未列出（只列前 2 个）');
    const input = buildCharts(consolidation, { sort: 'input' });
    expect(input.charts[0]!.categories).toEqual(['东城镇', '西河镇', '南湖街道', '北山乡']);
  });

  it('charts a chosen indicator, and says so when it is unknown', () => {
    const consolidation = consolidate(COUNTY);
    expect(chartIndicator(consolidation, '就业人数')?.name).toBe('就业人数');
    const unknown = buildCharts(consolidation, { indicator: '财政收入' });
    expect(unknown.charts).toEqual([]);
    expect(unknown.notes).toEqual(['没有找到图表指标“财政收入”，未作图']);
  });

  it('falls back to the first additive money indicator without 工业总产值', () => {
    const tables = ['甲镇', '乙镇'].map((name, i) =>
      statTable(name, [
        { label: '就业人数', unit: '人', current: 5 },
        { label: '固定资产投资', unit: '亿元', current: 1 + i, previous: 1 },
      ]),
    );
    const set = buildCharts(consolidate(tables));
    expect(set.indicator).toBe('固定资产投资');
    // No period months: no time line, said in the note; no targets: no completion chart.
    expect(set.charts.map((c) => c.kind)).toEqual(['value', 'growth']);
    expect(set.notes).toEqual(['“各乡镇固定资产投资目标完成情况”少于 2 个乡镇有数据，未作图']);
  });

  it('makes no chart from fewer than 2 values, and never a NaN', () => {
    const tables = [
      township('东城镇', { current: 120, previous: 0, target: 0 }),
      township('西河镇', { current: 300 }),
      township('南湖街道', {}),
    ];
    const set = buildCharts(consolidate(tables));
    expect(set.charts.map((c) => c.kind)).toEqual(['value']);
    expect(set.charts[0]!.note).toBe('1 个乡镇无此数据，未列入');
    expect(set.notes).toHaveLength(2);
    for (const chart of set.charts) expect(chart.values.every(Number.isFinite)).toBe(true);
  });

  it('reports when no indicator can be charted', () => {
    const tables = ['甲镇', '乙镇'].map((name) =>
      statTable(name, [{ label: '就业人数', unit: '人', current: 5 }]),
    );
    expect(buildCharts(consolidate(tables)).notes).toEqual([
      '没有可作图的指标（工业总产值或其他金额类总量指标），未作图',
    ]);
  });
});

describe('chartSettings', () => {
  it('fills defaults and brings values read back from storage into range', () => {
    expect(chartSettings()).toEqual({ indicator: '', sort: 'descending', topN: 15 });
    expect(chartSettings({ indicator: ' 工业总产值 ', sort: 'up', topN: 1000 })).toEqual({
      indicator: '工业总产值',
      sort: 'descending',
      topN: 50,
    });
    expect(chartSettings({ sort: 'ascending', topN: Number.NaN }).topN).toBe(15);
    expect(chartSettings({ topN: 0 }).topN).toBe(2);
  });
});

describe('echartsOption', () => {
  it('draws the bars, their labels and the reference line as plain data', () => {
    const growth = buildCharts(consolidate(COUNTY), {}, { area: '园区' }).charts[1]!;
    const option = echartsOption(growth);
    expect(option.title.text).toBe('各乡镇工业总产值增速');
    expect(option.xAxis.data).toEqual(growth.categories);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual(growth.values);
    expect(option.series[0]!.data.map((d) => d.label.formatter)).toEqual([
      '25.4',
      '20',
      '20',
      '-10',
    ]);
    expect(option.series[0]!.markLine?.data).toEqual([{ yAxis: 15.9 }]);
    expect(option.series[0]!.markLine?.label.formatter).toBe('园区 15.9%');
    // A negative growth pulls the axis below zero.
    expect(option.yAxis.min).toBe(-10);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });
});
