import { numberText } from '../narrative/phrase/number-text';
import type { ChartData } from './chart-data';

/** Size of a chart drawn as a picture, in CSS pixels (GB/T 9704's 156 mm text width at 96 dpi). */
export const CHART_SIZE = { width: 590, height: 340 } as const;

/** The fonts asked for, CJK first; a renderer maps the generic name to a font it has. */
export const CHART_FONT_FAMILY =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

const BAR_COLOR = '#2f5597';
const LINE_COLOR = '#c00000';

/**
 * The ECharts option of one chart: bars by township, value labels, the reference line (the
 * area's rate, the time progress) when there is one. Plain data (no functions), so the page
 * and the server-side renderer draw the same picture. Pure: no ECharts import.
 *
 * @param fontFamily the CSS font list; the image renderer names the font it loaded.
 * @example
 * echartsOption(chart).series[0].data // chart.values
 */
export function echartsOption(chart: ChartData, fontFamily: string = CHART_FONT_FAMILY) {
  const reference = chart.reference;
  const values = reference === null ? chart.values : [...chart.values, reference.value];
  const rotate = chart.categories.length > 8 ? 40 : 0;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily, fontSize: 12, color: '#333333' },
    title: {
      text: chart.title,
      left: 'center',
      top: 8,
      textStyle: { fontFamily, fontSize: 16, fontWeight: 'bold' as const },
      ...(chart.note === null
        ? {}
        : { subtext: chart.note, subtextStyle: { fontFamily, fontSize: 11, color: '#666666' } }),
    },
    grid: { left: 64, right: 96, top: chart.note === null ? 56 : 72, bottom: rotate > 0 ? 72 : 40 },
    xAxis: {
      type: 'category' as const,
      data: [...chart.categories],
      axisLabel: { interval: 0, rotate, fontFamily },
    },
    yAxis: {
      type: 'value' as const,
      name: chart.axisName,
      min: Math.min(0, ...values),
      nameTextStyle: { fontFamily },
      axisLabel: { fontFamily },
    },
    series: [
      {
        name: chart.seriesName,
        type: 'bar' as const,
        // Labels written as the 综述 writes figures: 285,600 and 53.5.
        data: chart.values.map((value) => ({
          value,
          label: { formatter: numberText(value, chart.decimals, true) },
        })),
        itemStyle: { color: BAR_COLOR },
        barMaxWidth: 36,
        label: { show: true, position: 'top' as const, fontFamily, fontSize: 11 },
        ...(reference === null
          ? {}
          : {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: LINE_COLOR, type: 'dashed' as const, width: 2 },
                label: {
                  formatter: reference.label,
                  position: 'end' as const,
                  color: LINE_COLOR,
                  fontFamily,
                },
                data: [{ yAxis: reference.value }],
              },
            }),
      },
    ],
  };
}
