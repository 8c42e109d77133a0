import type { Paragraph } from '../narrative';
import { buildNarrativeSheet, NARRATIVE_COLUMN_WIDTH } from './narrative-sheet';

const paragraph = (kind: Paragraph['kind'], text: string): Paragraph => ({
  kind,
  template: kind,
  text,
  figures: [],
});

describe('buildNarrativeSheet', () => {
  const paragraphs = [
    paragraph('main', '上半年，园区实现工业总产值18.5亿元，同比增长5.1%。'),
    paragraph('ranking', '从各乡镇看，工业总产值居前三位的是东城镇、西城镇、南城镇。'),
    paragraph('caveat', '以上数据经审核发现2处错误。'),
  ];
  const sheet = buildNarrativeSheet(paragraphs);

  it('writes one paragraph a row in column A, in reading order', () => {
    expect(sheet.name).toBe('综述');
    expect(sheet.kind).toBe('narrative');
    expect(sheet.rows).toEqual(paragraphs.map((p) => [p.text]));
    expect(sheet.numberFormats).toEqual([[null], [null], [null]]);
  });

  it('wraps a wide column A', () => {
    expect(sheet.wrapColumns).toEqual([0]);
    expect(sheet.columnWidths).toEqual([NARRATIVE_COLUMN_WIDTH]);
    expect(NARRATIVE_COLUMN_WIDTH).toBeGreaterThanOrEqual(60);
  });

  it('gives an empty sheet for no paragraphs', () => {
    expect(buildNarrativeSheet([]).rows).toEqual([]);
  });
});
