import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import { renderNarrative } from './render-narrative';
import type { TemplateSet } from './template-set';
import { inferUnitWord } from './unit-word';

describe('inferUnitWord', () => {
  it.each([
    [['一号园区', '二号园区', '三号园区'], '园区'],
    [['城关街道', '新华街道'], '街道'],
    [['东城镇', '西山乡'], '乡镇'],
    [['东城镇', '南城镇'], '乡镇'],
    [['甲公司', '乙企业'], '企业'],
    [['东城镇', '一号园区'], '乡镇'],
    [['城南片区'], '乡镇'],
    [[], '乡镇'],
  ])('reads %p as %p', (names, expected) => {
    expect(inferUnitWord(names, '乡镇')).toBe(expected);
  });
  it('falls back to the word it is given', () => {
    expect(inferUnitWord(['城南片区', '城北片区'], '单位')).toBe('单位');
  });
});

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };
const rows = (output: number, previous: number): RowSpec[] => [
  { label: '工业总产值', unit: '万元', current: output, previous },
];
const parks = consolidate([
  statTable('一号园区', rows(49700, 45000), { period: HALF_YEAR }),
  statTable('二号园区', rows(30300, 30000), { period: HALF_YEAR }),
  statTable('三号园区', rows(20000, 21000), { period: HALF_YEAR }),
]);
const TEMPLATES: TemplateSet = {
  locale: 'zh-CN',
  templates: [
    { name: '排名', kind: 'ranking', source: '从各{单位}看，工业总产值首位是{工业总产值.首位}。' },
    {
      name: '分园区',
      kind: 'township',
      each: 'township',
      source:
        '{乡镇}工业总产值{工业总产值}，{工业总产值.占比}，{工业总产值.位次}，{工业总产值.排名}。',
    },
  ],
};

describe('renderNarrative: the group word', () => {
  it('infers 园区 from the names and says 占全园区的, 居各园区首位 under the area 园区', () => {
    const texts = renderNarrative({
      consolidation: parks,
      words: { period: '上半年', area: '园区' },
      templates: TEMPLATES,
    }).paragraphs.map((p) => p.text);
    expect(texts).toEqual([
      '从各园区看，工业总产值首位是一号园区。',
      '一号园区工业总产值4.97亿元，占全园区的49.7%，居各园区首位，在3个园区中位列第1位。',
      '二号园区工业总产值3.03亿元，占全园区的30.3%，居各园区第二，在3个园区中位列第2位。',
      '三号园区工业总产值2亿元，占全园区的20%，居各园区第三，在3个园区中位列第3位。',
    ]);
  });

  it('keeps the area word as given when it is not the group word (占全县的, 居全县第一)', () => {
    const first = renderNarrative({
      consolidation: parks,
      words: { period: '上半年', area: '全县' },
      templates: TEMPLATES,
    }).paragraphs[1]?.text;
    expect(first).toBe(
      '一号园区工业总产值4.97亿元，占全县的49.7%，居全县第一，在3个园区中位列第1位。',
    );
  });

  it('takes the word it is given over the names (街道)', () => {
    const texts = renderNarrative({
      consolidation: parks,
      words: { period: '上半年', area: '街道', unit: '街道' },
      templates: TEMPLATES,
    }).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('从各街道看，工业总产值首位是一号园区。');
    expect(texts[1]).toContain('占全街道的49.7%，居各街道首位，在3个街道中位列第1位');
  });

  it('writes the group word in English for the English narrative', () => {
    const result = renderNarrative({
      consolidation: parks,
      words: { period: 'H1', area: '园区' },
      locale: 'en',
      templates: {
        locale: 'en',
        templates: [
          {
            name: 't',
            kind: 'township',
            each: 'township',
            source: '{township}: {工业总产值.rank}, {工业总产值.ranking}, {工业总产值.share}.',
          },
        ],
      },
    });
    expect(result.paragraphs[0]?.text).toBe(
      '一号园区: ranking first among the parks, ranking 1st of 3 parks, 49.7% of all parks.',
    );
  });
});
