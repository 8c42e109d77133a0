import { formatMessage } from '../diagnostics';
import type { Paragraph } from '../narrative';
import type { OutputSheet } from './output-sheet';

/** Column A's width, in characters: about 45 Chinese characters a line. */
export const NARRATIVE_COLUMN_WIDTH = 90;

/**
 * The 综述 sheet: one paragraph a row in column A, wrapped, in reading order.
 *
 * @example
 * buildNarrativeSheet(renderNarrative(input).paragraphs).rows[0] // ['上半年，园区实现工业总产值18.5亿元…']
 */
export function buildNarrativeSheet(paragraphs: readonly Paragraph[]): OutputSheet {
  return {
    kind: 'narrative',
    name: formatMessage('sheet.narrative'),
    rows: paragraphs.map((p) => [p.text]),
    numberFormats: paragraphs.map(() => [null]),
    columnWidths: [NARRATIVE_COLUMN_WIDTH],
    boldRows: [],
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [0],
    links: [],
  };
}
