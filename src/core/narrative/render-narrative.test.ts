import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import { formatIssue } from '../diagnostics';
import { renderNarrative } from './render-narrative';
import type { TemplateSet } from './template-set';

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };
const WORDS = { period: '上半年', area: '园区' };

/** Seed document 4's park, from its own figures. */
const SEED4_ROWS: RowSpec[] = [
  { label: '一、工业总产值', unit: '万元', current: 185000, previous: 176000, target: 400000 },
  { label: '二、销售收入', unit: '万元', current: 135000, previous: 128600 },
  { label: '其中：玻璃产品销售收入', unit: '万元', current: 111500 },
  { label: '工商税收', unit: '万元', current: 7500, previous: 7042 },
  { label: '招商引资到位资金', unit: '亿元', current: 8, previous: 6.96 },
  { label: '企业员工总数', unit: '人', current: 12000 },
];
const seed4 = consolidate([statTable('园区', SEED4_ROWS, { period: HALF_YEAR })]);

function single(source: string, name = '测试'): TemplateSet {
  return { locale: 'zh-CN', templates: [{ name, kind: 'custom', source }] };
}

function textOf(source: string, consolidation = seed4): { text: string; codes: string[] } {
  const result = renderNarrative({ consolidation, words: WORDS, templates: single(source) });
  return {
    text: result.paragraphs.map((p) => p.text).join('\n'),
    codes: result.issues.map((i) => i.code),
  };
}

describe('renderNarrative: seed document 4', () => {
  const template =
    '{时期}，{主体}实现工业总产值{工业总产值}，同比{工业总产值.增长}；' +
    '销售收入{销售收入}，同比{销售收入.增长}，其中{玻璃产品销售收入.名称}{玻璃产品销售收入}，{玻璃产品销售收入.占比}；' +
    '实现工商税收{工商税收}，同比{工商税收.增长}，完成招商引资{招商引资到位资金}，同比{招商引资到位资金.增长}，' +
    '企业员工总数达{企业员工总数}。';
  const result = renderNarrative({
    consolidation: seed4,
    words: WORDS,
    templates: single(template, '主要指标'),
  });

  it('reproduces the sentence from the figures, with the computed share (82.6%, not 85%)', () => {
    expect(result.issues).toEqual([]);
    // 8 ÷ 6.96 − 1 = 14.9%: the brief's 上年同期 gives 14.9%, the document rounded it to 15%.
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      '上半年，园区实现工业总产值18.5亿元，同比增长5.1%；销售收入13.5亿元，同比增长5%，' +
        '其中玻璃产品销售收入11.15亿元，占82.6%；实现工商税收7500万元，同比增长6.5%，' +
        '完成招商引资8亿元，同比增长14.9%，企业员工总数达12000人。',
    ]);
  });

  it('traces every figure to its cells', () => {
    const figures = result.paragraphs[0]?.figures ?? [];
    expect(figures.map((f) => f.text)).toEqual([
      '18.5亿元',
      '5.1%',
      '13.5亿元',
      '5%',
      '11.15亿元',
      '82.6%',
      '7500万元',
      '6.5%',
      '8亿元',
      '14.9%',
      '12000人',
    ]);
    expect(figures[0]).toEqual({
      text: '18.5亿元',
      value: 185000,
      indicator: '工业总产值',
      sources: [{ sheet: '园区', cell: 'C2' }],
    });
    // The share comes from the part's and the parent's 本期 cells.
    expect(figures[5]?.sources).toEqual([
      { sheet: '园区', cell: 'C4' },
      { sheet: '园区', cell: 'C3' },
    ]);
    // Growth from 本期 and 上年同期.
    expect(figures[1]?.sources).toEqual([
      { sheet: '园区', cell: 'C2' },
      { sheet: '园区', cell: 'D2' },
    ]);
    for (const f of figures) expect(result.paragraphs[0]?.text).toContain(f.text);
  });

  it('writes the seed-2 style list sharing one verb', () => {
    const { text } = textOf(
      '{时期}全园区{分别增长: 产值=工业总产值, 销售=销售收入, 税收=工商税收}。',
    );
    expect(text).toBe(
      '上半年全园区产值18.5亿元、销售13.5亿元、税收7500万元，同比分别增长5.1%、5%、6.5%。',
    );
  });

  it('converts to Traditional characters for zh-TW', () => {
    const tw = renderNarrative({
      consolidation: seed4,
      words: WORDS,
      templates: single(template),
      locale: 'zh-TW',
    });
    expect(tw.paragraphs[0]?.text).toMatch(
      /^上半年，園區實現工業總產值18\.5億元，同比增長5\.1%；銷售收入/,
    );
    expect(tw.paragraphs[0]?.figures[0]?.text).toBe('18.5億元');
  });
});

describe('renderNarrative: templates', () => {
  it.each([
    ['drops an optional clause without data', '甲{工商税收}[；利润{利润总额}]。', '甲7500万元。'],
    [
      'drops an optional clause when any placeholder inside lacks data',
      '甲{工商税收}[；{企业员工总数}{企业员工总数.增长}]。',
      '甲7500万元。',
    ],
    [
      'drops the separator of a clause whose clauses before were all left out',
      '甲[实现利润{利润总额}][；税收{工商税收}][；员工{企业员工总数}]。',
      '甲税收7500万元；员工12000人。',
    ],
    [
      'keeps the separators of clauses that add to a figure',
      '甲{工商税收}[，利润{利润总额}][，员工{企业员工总数}]。',
      '甲7500万元，员工12000人。',
    ],
    ['keeps an optional clause with data', '甲[；税收{工商税收}]。', '甲；税收7500万元。'],
    ['nests optional clauses', '[人员{企业员工总数}[，同比{企业员工总数.增长}]]', '人员12000人。'],
    [
      'tidies the punctuation around dropped clauses',
      '[利润{利润总额}；]税收{工商税收}',
      '税收7500万元。',
    ],
    ['accepts English function names', '{工业总产值.growth}', '增长5.1%。'],
    ['finds indicators by key', '{销售收入>玻璃产品销售收入}', '11.15亿元。'],
    ['names the share’s whole', '{玻璃产品销售收入.占比全称}', '占销售收入的82.6%。'],
    [
      'says the completion and the schedule',
      '{工业总产值.完成}，{工业总产值.进度}',
      '完成全年目标的46.3%，慢于时间进度3.7个百分点。',
    ],
    ['writes escaped brackets', '\\[注\\]{主体}', '[注]园区。'],
    ['loops over 其中 items', '{#其中项}{此项.名称}{此项.占比}{/}', '玻璃产品销售收入占82.6%。'],
  ])('%s', (_what, source, expected) => {
    expect(textOf(source).text).toBe(expected);
  });

  it.each([
    [
      'an unknown indicator',
      '产值{工业产值}，税收{工商税收}',
      '产值{工业产值?}，税收7500万元。',
      'narrative.unknown-indicator',
      '“{工业产值}”中的指标“工业产值”在数据中不存在',
    ],
    [
      'an unknown function',
      '{工业总产值.增速度}，税收{工商税收}',
      '{工业总产值.增速度?}，税收7500万元。',
      'narrative.unknown-function',
      '“增速度”不是可用的写法',
    ],
    [
      'bad syntax',
      '{工业总产值..增长}，税收{工商税收}',
      '{工业总产值..增长?}，税收7500万元。',
      'narrative.bad-placeholder',
      '无法识别的占位符',
    ],
    [
      'an unclosed placeholder',
      '产值{工业总产值，税收{工商税收}',
      '产值{工业总产值，税收?}7500万元。',
      'narrative.unclosed-placeholder',
      '缺少右花括号',
    ],
    [
      'a township word outside a township',
      '{乡镇}税收{工商税收}',
      '{乡镇?}税收7500万元。',
      'narrative.wrong-context',
      '只能用在乡镇段落',
    ],
    [
      'an unknown loop',
      '{#每个村}{乡镇}{/}税收{工商税收}',
      '{#每个村?}税收7500万元。',
      'narrative.unknown-block',
      '未知的循环',
    ],
    [
      'missing data outside an optional',
      '利润{利润总额.增长}，税收{工商税收}',
      '利润{利润总额.增长?}，税收7500万元。',
      'narrative.unknown-indicator',
      '利润总额',
    ],
    [
      'no data for a known indicator',
      '人员{企业员工总数.增长}，税收{工商税收}',
      '人员{企业员工总数.增长?}，税收7500万元。',
      'narrative.no-data',
      '没有数据',
    ],
  ])(
    'shows %s as a visible fallback, reports it and renders the rest',
    (_what, source, expected, code, words) => {
      const result = renderNarrative({
        consolidation: seed4,
        words: WORDS,
        templates: single(source, '主要指标'),
      });
      expect(result.paragraphs[0]?.text).toBe(expected);
      const found = result.issues.find((i) => i.code === code);
      expect(found).toBeDefined();
      const message = found ? formatIssue(found) : '';
      expect(message).toMatch(/^综述模板“主要指标”第1行第\d+列：/);
      expect(message).toContain(words);
    },
  );

  it('names the line and column of an error on a later line', () => {
    const result = renderNarrative({
      consolidation: seed4,
      words: WORDS,
      templates: single('{主体}\n实现{工业产值}', '主要指标'),
    });
    expect(result.issues.map(formatIssue)).toEqual([
      '综述模板“主要指标”第2行第3列：“{工业产值}”中的指标“工业产值”在数据中不存在',
    ]);
  });

  it('notes an unknown indicator inside an optional clause and leaves the clause out', () => {
    const result = renderNarrative({
      consolidation: seed4,
      words: WORDS,
      templates: single('甲{工商税收}[，{工业产值}]'),
    });
    expect(result.paragraphs[0]?.text).toBe('甲7500万元。');
    expect(result.issues.map((i) => [i.code, i.level])).toEqual([
      ['narrative.indicator-absent', 'info'],
    ]);
  });

  it('writes no paragraph whose data clauses were all left out, but keeps plain words', () => {
    const render = (source: string) =>
      renderNarrative({
        consolidation: seed4,
        words: WORDS,
        templates: single(source),
      }).paragraphs.map((p) => p.text);
    expect(render('{时期}，{主体}[实现利润{利润总额}]')).toEqual([]);
    expect(render('以上为快报数据。')).toEqual(['以上为快报数据。']);
    expect(render('[以上为快报数据]')).toEqual(['以上为快报数据。']);
  });

  it('uses template aliases', () => {
    const templates: TemplateSet = { ...single('{产值}'), aliases: { 产值: '工业总产值' } };
    expect(
      renderNarrative({ consolidation: seed4, words: WORDS, templates }).paragraphs[0]?.text,
    ).toBe('18.5亿元。');
  });

  it('never throws nor prints NaN, Infinity, undefined or null', () => {
    const sources = [
      '{',
      '}{',
      '[{#前三位(工业总产值)}',
      '{分别增长:工业产值}',
      '{工业总产值.位次}',
      '{#其中项}{上级.占比}{/}',
      '{错误数}',
      '{时期.增长}',
    ];
    for (const source of sources) {
      const result = renderNarrative({
        consolidation: seed4,
        words: WORDS,
        templates: single(source),
      });
      for (const p of result.paragraphs) expect(p.text).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  });

  it('does not mutate the consolidation', () => {
    const before = JSON.stringify(seed4);
    renderNarrative({ consolidation: seed4, words: WORDS });
    expect(JSON.stringify(seed4)).toBe(before);
  });
});

describe('renderNarrative: townships', () => {
  const output = (current: number, previous: number, target: number): RowSpec => ({
    label: '工业总产值',
    unit: '万元',
    current,
    previous,
    target,
  });
  const profit = (current: number, previous: number): RowSpec => ({
    label: '利润总额',
    unit: '万元',
    current,
    previous,
  });
  const county = consolidate([
    statTable('东城镇', [output(120000, 100000, 240000), profit(500, -200)], { period: HALF_YEAR }),
    statTable('西城镇', [output(90000, 100000, 160000), profit(-300, 400)]),
    statTable('南城镇', [output(60000, 50000, 100000), profit(-100, -400)]),
    statTable('北城镇', [output(30000, 0, 80000), profit(-600, -400)]),
  ]);
  const render = (source: string, each = false) =>
    renderNarrative({
      consolidation: county,
      words: { period: '上半年', area: '全县' },
      templates: {
        locale: 'zh-CN',
        templates: [
          { name: 't', kind: 'custom', source, ...(each ? { each: 'township' as const } : {}) },
        ],
      },
    });

  it('lists the top three with the share of their total', () => {
    // (120000 + 90000 + 60000) ÷ 300000 = 90%
    expect(
      render('前三位是{#前三位(工业总产值)}{乡镇}（{工业总产值}）{/}，{工业总产值.前三位占比}')
        .paragraphs[0]?.text,
    ).toBe('前三位是东城镇（12亿元）、西城镇（9亿元）、南城镇（6亿元），合计占全县的90%。');
  });

  it('says a profit or a loss with 盈亏, for the county and each township', () => {
    // County: 500 − 300 − 100 − 600 = −500万元; a year before −200 + 400 − 400 − 400 = −600.
    const county = render('{时期}，{主体}{利润总额.盈亏}，同比{利润总额.增长}').paragraphs[0];
    expect(county?.text).toBe('上半年，全县利润总额亏损500万元，同比减亏100万元。');
    expect(county?.figures[0]).toMatchObject({ text: '500万元', value: -500 });
    const townships = render('{乡镇}{利润总额.profitOrLoss}', true).paragraphs;
    expect(townships.map((p) => p.text)).toEqual([
      '东城镇实现利润总额500万元。',
      '西城镇利润总额亏损300万元。',
      '南城镇利润总额亏损100万元。',
      '北城镇利润总额亏损600万元。',
    ]);
    expect(townships[1]?.figures[0]?.sources).toEqual([
      expect.objectContaining({ sheet: '西城镇', cell: 'C3' }),
    ]);
  });

  it('writes one paragraph per township with share, rank and profit phrasing', () => {
    const result = render(
      '{乡镇}工业总产值{工业总产值}，同比{工业总产值.增长}，{工业总产值.占比}，{工业总产值.位次}，{工业总产值.排名}；利润同比{利润总额.增长}',
      true,
    );
    expect(result.paragraphs.map((p) => [p.township, p.text])).toEqual([
      [
        '东城镇',
        '东城镇工业总产值12亿元，同比增长20%，占全县的40%，居全县第一，在4个乡镇中位列第1位；利润同比扭亏为盈。',
      ],
      [
        '西城镇',
        '西城镇工业总产值9亿元，同比下降10%，占全县的30%，居全县第二，在4个乡镇中位列第2位；利润同比由盈转亏。',
      ],
      [
        '南城镇',
        '南城镇工业总产值6亿元，同比增长20%，占全县的20%，居全县第三，在4个乡镇中位列第3位；利润同比减亏300万元。',
      ],
      [
        '北城镇',
        '北城镇工业总产值3亿元（上年同期为零），占全县的10%，居全县第四，在4个乡镇中位列第4位；利润同比增亏200万元。',
      ],
    ]);
    expect(result.paragraphs[0]?.figures[0]).toEqual({
      text: '12亿元',
      value: 120000,
      indicator: '工业总产值',
      township: '东城镇',
      sources: [{ sheet: '东城镇', cell: 'C2' }],
    });
  });

  it('leaves out a township none of whose figures the template quotes', () => {
    const withStaff = consolidate([
      ...county.tables,
      statTable('丙乡', [{ label: '企业员工总数', unit: '人', current: 300 }]),
    ]);
    const result = renderNarrative({
      consolidation: withStaff,
      words: { period: '1-6月', area: '全县' },
    });
    const townships = result.paragraphs.filter((p) => p.kind === 'township');
    expect(townships.map((p) => p.township)).toEqual(['东城镇', '西城镇', '南城镇', '北城镇']);
    expect(result.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/丙乡/);
  });

  it('splits a 分别 list with mixed signs into clauses', () => {
    const result = render('{乡镇}{分别增长: 产值=工业总产值, 利润=利润总额}', true);
    expect(result.paragraphs[1]?.text).toBe(
      '西城镇产值9亿元，同比下降10%；利润亏损300万元，同比由盈转亏。',
    );
    // A loss is written without its sign; the figure keeps it, for its cell.
    expect(result.paragraphs[2]?.text).toBe(
      '南城镇产值6亿元，同比增长20%；利润亏损100万元，同比减亏300万元。',
    );
    expect(result.paragraphs[2]?.figures).toContainEqual(
      expect.objectContaining({ text: '100万元', value: -100 }),
    );
  });

  it('writes the default paragraphs in order', () => {
    const result = renderNarrative({
      consolidation: county,
      words: { period: '上半年', area: '全县' },
      findings: { error: 2, verify: 1, info: 0 },
    });
    expect(result.paragraphs.map((p) => p.kind)).toEqual([
      'main',
      'ranking',
      'township',
      'township',
      'township',
      'township',
      'targets',
      'caveat',
    ]);
    expect(result.paragraphs.at(-1)?.text).toBe(
      '以上数据经审核发现2处错误，另有1处需要核实，相关数字以更正后的数据为准，详见“审核”表。',
    );
    expect(result.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });

  it('says nothing of the audit when there are no errors', () => {
    const result = renderNarrative({
      consolidation: county,
      words: { period: '上半年', area: '全县' },
      findings: { error: 0, verify: 3, info: 1 },
    });
    expect(result.paragraphs.map((p) => p.kind)).not.toContain('caveat');
  });

  it('writes English', () => {
    const result = renderNarrative({
      consolidation: county,
      words: { period: 'H1', area: 'the county' },
      locale: 'en',
    });
    expect(result.paragraphs[0]?.text).toBe(
      'In H1, the county recorded gross industrial output of 3 billion yuan, up 20% year on year; it made a loss of 5 million yuan, loss narrowed by 1 million yuan.',
    );
  });
});

describe('renderNarrative: more template features', () => {
  const rows = (output: number, previous: number, rate: number, ratePrev: number): RowSpec[] => [
    { label: '工业总产值', unit: '万元', current: output, previous },
    { label: '研发投入占比', unit: '%', current: rate, previous: ratePrev, nature: 'non-additive' },
  ];
  const county = consolidate([
    statTable('甲镇', rows(50000, 40000, 3.2, 2.4), { period: HALF_YEAR }),
    statTable('乙镇', rows(30000, 35000, 1.5, 2.7)),
    statTable('丙镇', rows(20000, 25000, 2.0, 2.0)),
  ]);
  const render = (source: string, findings?: { error: number; verify: number; info: number }) =>
    renderNarrative({
      consolidation: county,
      words: { period: '上半年', area: '全县' },
      templates: single(source),
      ...(findings ? { findings } : {}),
    });

  it.each([
    ['前N位 with Arabic digits', '{#前2位(工业总产值)}{乡镇}{/}', '甲镇、乙镇。'],
    [
      '每个乡镇 in table order',
      '{#每个乡镇}{乡镇}{工业总产值.增长}{/}',
      '甲镇增长25%；乙镇下降14.3%；丙镇下降20%。',
    ],
    [
      '每个乡镇 by rank, with a named end',
      '{#每个乡镇(工业总产值)}{乡镇}{/每个乡镇}',
      '甲镇；乙镇；丙镇。',
    ],
    [
      'rates change in 个百分点 per township',
      '{#每个乡镇}{乡镇}{研发投入占比.增长}{/}',
      '甲镇提高0.8个百分点；乙镇回落1.2个百分点；丙镇持平。',
    ],
    [
      '拉动 only for a positive pull',
      '{#每个乡镇}{乡镇}[{工业总产值.拉动}]{/}',
      '甲镇拉动全县增长10个百分点；乙镇；丙镇。',
    ],
    ['首位', '{工业总产值.首位}居首', '甲镇居首。'],
    ['a count of 0 outside an optional', '错误{错误数}处', '错误0处。'],
    ['English variable names', '{period}{area}', '上半年全县。'],
  ])('%s', (_what, source, expected) => {
    expect(render(source).paragraphs[0]?.text).toBe(expected);
  });

  it('shows an unknown indicator of a 分别 list and writes the others', () => {
    const result = render('{分别增长: 产值=工业总产值, 工业产值}');
    expect(result.paragraphs[0]?.text).toBe('产值10亿元，同比持平；{工业产值?}。');
    expect(result.issues.map((i) => i.code)).toEqual(['narrative.unknown-indicator']);
  });

  it('writes a template laid out over several lines as one paragraph', () => {
    const oneLine = renderNarrative({
      consolidation: seed4,
      words: WORDS,
      templates: single('{时期}，{主体}实现工业总产值{工业总产值}；销售收入{销售收入}。'),
    });
    const laidOut = renderNarrative({
      consolidation: seed4,
      words: WORDS,
      templates: single('{时期}，{主体}实现工业总产值{工业总产值}；\n  销售收入{销售收入}。\n'),
    });
    expect(laidOut.paragraphs[0]?.text).toBe(oneLine.paragraphs[0]?.text);
  });
});

describe('renderNarrative: the default main paragraph (issue #14 §3)', () => {
  const county = consolidate([
    statTable('东城镇', [
      { label: '工商税收', unit: '万元', current: 1000, previous: 800 },
      { label: '其中：国内增值税', unit: '万元', current: 500, previous: 400 },
      { label: '其中：企业所得税', unit: '万元', current: 200, previous: 200 },
      { label: '技改投入', unit: '万元', current: 450, previous: 200 },
      { label: '入园企业数', unit: '家', current: 50, previous: 50 },
      { label: '其中：建成投产企业', unit: '家', current: 30 },
      { label: '新竣工项目', unit: '个', current: 3, previous: 4 },
    ]),
  ]);
  const result = renderNarrative({ consolidation: county, words: WORDS });
  const main = result.paragraphs.find((p) => p.kind === 'main')?.text;

  it('folds the 其中 items into their whole, 其中， before several, and writes no 结构 paragraph', () => {
    // 500 ÷ 1000 = 50%; 200 ÷ 1000 = 20%; 1000 ÷ 800 − 1 = 25%; 450 ÷ 200 − 1 = 125% = 1.25倍 -> 1.3倍
    expect(main).toBe(
      '上半年，园区实现工商税收1000万元，同比增长25%，其中，国内增值税500万元，占50%；' +
        '企业所得税200万元，占20%；完成技改投入450万元，同比增长1.3倍。' +
        '目前，入园企业50家，比上年同期持平，其中建成投产企业30家；新竣工项目3个，比上年同期减少1个。',
    );
    expect(result.paragraphs.map((p) => p.kind)).not.toContain('structure');
  });

  it('traces a change by number to both columns, with its sign', () => {
    const change = result.paragraphs[0]?.figures.find((f) => f.text === '1个');
    expect(change).toMatchObject({ value: -1, indicator: '新竣工项目' });
    // 本期 in column C, 上年同期 in column D of the township's sheet.
    expect(change?.sources.map((s) => s.cell.charAt(0))).toEqual(['C', 'D']);
  });

  it('writes 其中 without a comma before a single item (其中建成投产企业30家)', () => {
    expect(main).toContain('其中建成投产企业30家');
    expect(main).not.toContain('其中，建成投产企业');
  });
});

describe('renderNarrative: sentence groups and 占比全称 in township paragraphs', () => {
  const group =
    '{时期}，{主体}[[实现工业总产值{工业总产值}][；利润{利润总额}]。][目前，[入园企业{入园企业数}]。]';

  it('leaves out a sentence group whose clauses were all left out, with its words', () => {
    // seed4 has neither 利润总额 nor 入园企业数: "目前，。" must not appear.
    expect(textOf(group).text).toBe('上半年，园区实现工业总产值18.5亿元。');
  });

  it('keeps a sentence group when one of its clauses is written', () => {
    const withFirms = consolidate([
      statTable('园区', [...SEED4_ROWS, { label: '入园企业数', unit: '家', current: 53 }], {
        period: HALF_YEAR,
      }),
    ]);
    expect(textOf(group, withFirms).text).toBe(
      '上半年，园区实现工业总产值18.5亿元。目前，入园企业53家。',
    );
  });

  it('groups words with {主体} and {时期} too; a figure placeholder makes no group', () => {
    // 上半年，园区 goes with its clauses: words outside [ ] stay.
    expect(textOf('[注：{主体}数据[；利润{利润总额}]]').text).toBe('');
    expect(textOf('[注：{主体}数据[；利润{利润总额}]]产值{工业总产值}').text).toBe(
      '产值18.5亿元。',
    );
    expect(textOf('[{工业总产值}，{主体}数据[；利润{利润总额}]]').text).toBe(
      '18.5亿元，园区数据。',
    );
  });

  it('writes a township share of the area total with the whole named', () => {
    const county = consolidate([
      statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 126000 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 94000 }]),
    ]);
    const result = renderNarrative({
      consolidation: county,
      words: { period: '上半年', area: '全县' },
      templates: {
        locale: 'zh-CN',
        templates: [
          {
            name: '分乡镇',
            kind: 'township',
            each: 'township',
            source: '{乡镇}{工业总产值}，{工业总产值.占比全称}',
          },
        ],
      },
    });
    // 126000 ÷ 220000 = 57.3%
    expect(result.paragraphs[0]?.text).toBe('东城镇12.6亿元，占全县工业总产值的57.3%。');
    expect(result.issues).toEqual([]);
  });
});
