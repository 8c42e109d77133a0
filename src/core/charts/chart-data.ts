/** What a chart shows: the indicator's values, its growth rates, or its target completion. */
export type ChartKind = 'value' | 'growth' | 'completion';

/** A horizontal line across a chart: the area's growth rate, or the time progress. */
export interface ChartReference {
  /** As shown beside the line: "全县 5.1%", "时间进度 50.0%". */
  readonly label: string;
  readonly value: number;
}

/**
 * One township chart as plain data: what every renderer draws (ECharts in the page, the
 * images, Excel's native charts). Values are rounded for display and always finite.
 */
export interface ChartData {
  readonly kind: ChartKind;
  /** "各乡镇工业总产值". */
  readonly title: string;
  /** The value axis' name: the unit ("万元") or "%". */
  readonly axisName: string;
  /** The series' name in a legend or a data range header ("本期", "增速(%)"). */
  readonly seriesName: string;
  /** Township names, in chart order. */
  readonly categories: readonly string[];
  /** One per category. */
  readonly values: readonly number[];
  readonly decimals: number;
  readonly reference: ChartReference | null;
  /** Who is not shown and why ("2 个乡镇未填报，未列入"), null when all are shown. */
  readonly note: string | null;
}

/** The charts of one result, and why a chart is missing. */
export interface ChartSet {
  /** The indicator charted, by name; null when none fits. */
  readonly indicator: string | null;
  readonly charts: readonly ChartData[];
  /** Why charts are missing (no indicator, fewer than 2 values); for the notices list. */
  readonly notes: readonly string[];
}
