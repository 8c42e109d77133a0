import type { ResultMarker } from '../../core/grid';

/**
 * How our result workbooks are marked: the document's description (dc:description, shown
 * by Excel as 备注 in the file's properties) holds this prefix and the `ResultMarker` as
 * JSON. exceljs writes no custom document properties (docProps/custom.xml), and the core
 * properties survive Excel and WPS re-saving the file; the prefix keeps a user's own
 * description from being taken for a marker.
 */
export const RESULT_MARKER_PREFIX = 'park-stats-result:';

/**
 * The description text that marks a result workbook.
 *
 * @example
 * markerText({ area: '全县', period: '上半年', sources: ['ab…'] })
 * // 'park-stats-result:{"area":"全县","period":"上半年","sources":["ab…"]}'
 */
export function markerText(marker: ResultMarker): string {
  const { area, period, sources } = marker;
  return RESULT_MARKER_PREFIX + JSON.stringify({ area, period, sources: [...sources] });
}

/**
 * The marker in a description, or null when the text is not one of ours (or is damaged).
 *
 * @example
 * readMarkerText('park-stats-result:{"area":null,"period":null,"sources":[]}')
 * // { area: null, period: null, sources: [] }
 * readMarkerText('甲镇上报') // null
 */
export function readMarkerText(text: unknown): ResultMarker | null {
  if (typeof text !== 'string' || !text.startsWith(RESULT_MARKER_PREFIX)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(RESULT_MARKER_PREFIX.length));
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object') return null;
  const { area, period, sources } = parsed as Record<string, unknown>;
  const word = (value: unknown) => value === null || typeof value === 'string';
  if (!word(area) || !word(period) || !Array.isArray(sources)) return null;
  if (!sources.every((hash) => typeof hash === 'string')) return null;
  return {
    area: area as string | null,
    period: period as string | null,
    sources: sources as string[],
  };
}
