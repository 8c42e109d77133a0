/// <reference types="office-js" />
import type { OutputChart } from '../../core/output';
import { blockAddress } from './range-address';
import { EXCEL_API, type ExcelApiSupport } from './requirement';

/**
 * Queues an output sheet's native charts (no sync): a clustered column chart over each data
 * block, titled, with value labels and the value axis' title, placed right of the data. All
 * ExcelApi 1.1. The reference line (the area's growth, the time progress) needs a series'
 * chart type (ExcelApi 1.7): there the reference column becomes a second series drawn as a
 * line; on older Excel the chart shows the bars only, and the reference stays in the data.
 *
 * @example
 * queueNativeCharts(sheet, chartSheet.charts ?? [], excelApiSupport);
 */
export function queueNativeCharts(
  sheet: Excel.Worksheet,
  charts: readonly OutputChart[],
  supports: ExcelApiSupport,
): void {
  const withLine = supports(EXCEL_API.seriesChartType);
  for (const spec of charts) {
    const { data, place } = spec;
    const lineToo = withLine && spec.referenceColumn !== null;
    const columns = lineToo ? data.colSpan + 1 : data.colSpan;
    const source = sheet.getRange(blockAddress(data.row, data.col, data.rowSpan, columns));
    const chart = sheet.charts.add('ColumnClustered', source, 'Columns');
    chart.title.text = spec.title;
    chart.legend.visible = lineToo;
    chart.dataLabels.showValue = true;
    chart.axes.valueAxis.title.text = spec.axisTitle;
    const corner = (row: number, col: number) => blockAddress(row, col, 1, 1);
    chart.setPosition(
      corner(place.row, place.col),
      corner(place.row + place.rowSpan - 1, place.col + place.colSpan - 1),
    );
    if (lineToo) chart.series.getItemAt(1).chartType = 'Line';
  }
}
