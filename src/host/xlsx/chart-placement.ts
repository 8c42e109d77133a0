import type { PicturePlacement } from './ooxml/drawing-xml';
import type { ChartSheet } from './write-workbook';

/** Excel's default row height in pixels (15 points): pictures are placed by it. */
const ROW_PX = 20;

/**
 * Where the 图表 sheet's pictures go: under the notes (column A, one a row) and a blank
 * row, one under another a row apart, each shown at its pixel size over `charts.scale`.
 *
 * @example
 * chartPlacements({ images: [image], notes: ['…'], scale: 2 })[0] // { row: 2, col: 0, widthPx: 590, heightPx: 340 }
 */
export function chartPlacements(charts: ChartSheet): PicturePlacement[] {
  let row = charts.notes.length + (charts.notes.length > 0 ? 1 : 0);
  return charts.images.map((image) => {
    const widthPx = Math.round(image.widthPx / charts.scale);
    const heightPx = Math.round(image.heightPx / charts.scale);
    const placement = { row, col: 0, widthPx, heightPx };
    row += Math.ceil(heightPx / ROW_PX) + 1;
    return placement;
  });
}
