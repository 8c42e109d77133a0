/**
 * A chart drawn as a picture, for places that cannot hold a live chart: the Word report and
 * the command line's .xlsx (exceljs writes no native charts).
 */
export interface ChartImage {
  /** The chart's title, as shown above it ("各乡镇工业总产值"). */
  readonly title: string;
  /** PNG bytes. */
  readonly png: Uint8Array;
  /** Size in pixels of the PNG. */
  readonly widthPx: number;
  readonly heightPx: number;
}
