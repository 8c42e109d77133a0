/**
 * The reporting period of a sheet: "2025年1-6月" has 6 months elapsed, so 时间过半
 * compares completion against 50%.
 */
export interface Period {
  /** As it should be said in a narrative: 上半年, 1-6月, 一季度, 全年… */
  readonly label: string;
  /** The year, when the title or header gives it. */
  readonly year: number | null;
  /** Months elapsed since January (1-12), when known. */
  readonly months: number | null;
}
