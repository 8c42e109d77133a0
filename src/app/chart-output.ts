import { buildCharts, type ChartSettings } from '../core/charts';
import { buildChartSheet, type OutputSheet } from '../core/output';
import type { PipelineResult } from '../core/pipeline';

/**
 * The output sheets for Excel: the result's, then the 图表 sheet with its native charts
 * when there is a chart to draw.
 *
 * @example
 * sheetsWithCharts(result, { topN: 10 }).map((s) => s.name) // ["汇总", "分乡镇", "审核", "综述", "图表"]
 */
export function sheetsWithCharts(
  result: PipelineResult,
  settings: Partial<ChartSettings> = {},
): OutputSheet[] {
  const sheet = buildChartSheet(buildCharts(result.consolidation, settings, result.words));
  return sheet === null ? [...result.sheets] : [...result.sheets, sheet];
}
