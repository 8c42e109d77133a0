import type { ChartData, ChartSet } from '../charts/chart-data';
import { formatMessage } from '../diagnostics';
import { NUMBER_FORMATS } from './number-format';
import type { OutputCell, OutputChart, OutputSheet } from './output-sheet';

/** Rows a chart takes on the 图表 sheet, and the columns it spans right of the data. */
const CHART_ROWS = 20;
const CHART_FIRST_COLUMN = 4;
const CHART_COLUMNS = 9;

/**
 * The 图表 sheet for Excel: each chart's data as a block (title, header, one row per
 * township, the reference value beside when there is one) and a native column chart over
 * it (`OutputSheet.charts`), right of the data, one under the other. Null when there is no
 * chart to draw. Cells are data (text stays text), like every output sheet.
 *
 * @example
 * buildChartSheet(buildCharts(consolidation), '乡镇')?.charts?.length // 3
 */
export function buildChartSheet(set: ChartSet, unitWord = '乡镇'): OutputSheet | null {
  if (set.charts.length === 0) return null;
  const rows: OutputCell[][] = [[formatMessage('chart.sheet-title')]];
  const formats: (string | null)[][] = [[null]];
  const boldRows = [0];
  for (const note of set.notes) {
    rows.push([note]);
    formats.push([null]);
  }
  const charts: OutputChart[] = set.charts.map((chart, i) => {
    rows.push([]);
    formats.push([]);
    boldRows.push(rows.length);
    rows.push([chart.note === null ? chart.title : `${chart.title}（${chart.note}）`]);
    formats.push([null]);
    const header = rows.length;
    boldRows.push(header);
    rows.push(headerRow(chart, unitWord));
    formats.push([null, null, null]);
    chart.categories.forEach((township, j) => {
      const value = chart.values[j] ?? null;
      rows.push(
        chart.reference === null ? [township, value] : [township, value, chart.reference.value],
      );
      const format =
        chart.decimals === 0
          ? NUMBER_FORMATS.integer
          : chart.kind === 'value'
            ? NUMBER_FORMATS.decimal
            : NUMBER_FORMATS.percent;
      formats.push([null, format, format]);
    });
    return {
      title: chart.title,
      data: { row: header, col: 0, rowSpan: chart.categories.length + 1, colSpan: 2 },
      referenceColumn: chart.reference === null ? null : 2,
      axisTitle: chart.axisName,
      place: {
        row: 1 + i * CHART_ROWS,
        col: CHART_FIRST_COLUMN,
        rowSpan: CHART_ROWS - 2,
        colSpan: CHART_COLUMNS,
      },
    };
  });
  const width = Math.max(...rows.map((row) => row.length));
  return {
    kind: 'charts',
    name: formatMessage('sheet.charts'),
    rows: rows.map((row) => pad(row, width, null)),
    numberFormats: formats.map((row) => pad(row, width, null)),
    columnWidths: [14, 12, 12],
    boldRows,
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [],
    links: [],
    charts,
  };
}

function headerRow(chart: ChartData, unitWord: string): OutputCell[] {
  const series =
    chart.axisName === '' || chart.kind !== 'value'
      ? chart.seriesName
      : `${chart.seriesName}（${chart.axisName}）`;
  return chart.reference === null ? [unitWord, series] : [unitWord, series, chart.reference.label];
}

function pad<T>(row: readonly T[], width: number, fill: T): T[] {
  return [...row, ...Array<T>(Math.max(0, width - row.length)).fill(fill)];
}
