/**
 * Issue 14 §1: the narrative on partial data — a zero or missing 上年同期, zero figures,
 * zero profits, shares over 100%, paragraphs with nothing to say, totals with 错误 findings.
 */
import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import { formatIssue } from '../diagnostics';
import { parseUnit } from '../model';
import { en, zhCN } from './locale';
import { zeroProfitPhrase } from './phrase/zero-profit';
import { renderNarrative, type NarrativeInput } from './render-narrative';
import type { TemplateSet } from './template-set';

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };
const WORDS = { period: '上半年', area: '园区' };

const row = (label: string, unit: string, current: number, previous?: number, target?: number) =>
  ({
    label,
    unit,
    current,
    ...(previous !== undefined ? { previous } : {}),
    ...(target !== undefined ? { target } : {}),
  }) satisfies RowSpec;

const park = (...rows: RowSpec[]) => consolidate([statTable('园区', rows, { period: HALF_YEAR })]);

function template(source: string, locale: 'zh-CN' | 'en' = 'zh-CN', each = false): TemplateSet {
  return {
    locale,
    templates: [{ name: '测试', kind: 'custom', source, ...(each ? { each: 'township' } : {}) }],
  };
}

function render(
  source: string,
  consolidation: NarrativeInput['consolidation'],
  more: Partial<NarrativeInput> = {},
) {
  const locale = more.locale === 'en' ? 'en' : 'zh-CN';
  return renderNarrative({
    consolidation,
    words: WORDS,
    templates: template(source, locale),
    ...more,
  });
}

const textOf = (...args: Parameters<typeof render>): string[] =>
  render(...args).paragraphs.map((p) => p.text);

describe('a zero or missing 上年同期', () => {
  const sales = park(row('销售收入', '万元', 18000, 0), row('工商税收', '万元', 900));

  it('writes the aside in place of the growth clause, never 同比新增', () => {
    expect(textOf('{时期}，{主体}[销售收入{销售收入}[，同比{销售收入.增长}]]', sales)).toEqual([
      '上半年，园区销售收入1.8亿元（上年同期为零）。',
    ]);
  });

  it('writes the aside in place of the words before it outside [ ]', () => {
    expect(textOf('销售收入{销售收入}，同比{销售收入.增长}', sales)).toEqual([
      '销售收入1.8亿元（上年同期为零）。',
    ]);
  });

  it('keeps the words of the other clauses of the segment', () => {
    expect(textOf('[销售收入{销售收入}，同比{销售收入.增长}；工商税收{工商税收}]', sales)).toEqual([
      '销售收入1.8亿元（上年同期为零）；工商税收900万元。',
    ]);
    expect(
      textOf('[Sales were {销售收入}, {销售收入.growth} year on year; tax {工商税收}]', sales, {
        locale: 'en',
      }),
    ).toEqual(['Sales were 180 million yuan (zero a year earlier); tax 9 million yuan.']);
  });

  it('leaves the growth out when there is no 上年同期', () => {
    expect(textOf('[实现工商税收{工商税收}[，同比{工商税收.增长}]]', sales)).toEqual([
      '实现工商税收900万元。',
    ]);
  });

  it('writes the aside in a 分别 list, on its own', () => {
    const both = park(row('工业总产值', '万元', 20000, 16000), row('销售收入', '万元', 18000, 0));
    expect(textOf('{分别增长: 产值=工业总产值, 销售=销售收入}', both)).toEqual([
      '产值2亿元，同比增长25%；销售1.8亿元（上年同期为零）。',
    ]);
  });

  it('says it in English', () => {
    expect(
      textOf('[Sales were {销售收入}[, {销售收入.growth} year on year]]', sales, { locale: 'en' }),
    ).toEqual(['Sales were 180 million yuan (zero a year earlier).']);
  });
});

describe('zero figures', () => {
  const profitTemplate = '{时期}，{主体}[{利润总额.盈亏}[，同比{利润总额.增长}]]';

  it.each<[string, number | undefined, string]>([
    ['−50 → 0 broke even', -50, '上半年，园区利润总额盈亏持平（上年同期亏损50万元）。'],
    ['100 → 0 is zero', 100, '上半年，园区利润总额为零（上年同期盈利100万元）。'],
    ['0 → 0 is zero again', 0, '上半年，园区利润总额为零（上年同期亦为零）。'],
    ['an unknown base → 0 is zero', undefined, '上半年，园区利润总额为零。'],
  ])('a profit of zero: %s, without a growth', (_case, previous, expected) => {
    expect(textOf(profitTemplate, park(row('利润总额', '万元', 0, previous)))).toEqual([expected]);
  });

  it('traces the zero and the aside to their cells', () => {
    const [paragraph] = render(profitTemplate, park(row('利润总额', '万元', 0, -50))).paragraphs;
    expect(paragraph?.figures).toEqual([
      expect.objectContaining({ text: '盈亏持平', value: 0, indicator: '利润总额' }),
      expect.objectContaining({ text: '50万元', value: -50, indicator: '利润总额' }),
    ]);
    expect(paragraph?.figures[1]?.sources.map((s) => s.cell)).toEqual(['C2', 'D2']);
  });

  it('phrases a zero profit in English', () => {
    const wan = parseUnit('万元');
    expect(zeroProfitPhrase(-50, wan, en, null, '利润总额').text).toBe(
      'neither a profit nor a loss (a loss of 500,000 yuan a year earlier)',
    );
    expect(zeroProfitPhrase(100, wan, zhCN, null, '利润总额').text).toBe(
      '利润总额为零（上年同期盈利100万元）',
    );
  });

  it('leaves out a count and an amount of zero', () => {
    const zeros = park(
      row('工业总产值', '万元', 5000, 4000),
      row('入园企业数', '家', 0, 3),
      row('工商税收', '万元', 0, 120),
    );
    expect(
      textOf(
        '{时期}，{主体}[实现工业总产值{工业总产值}][；入园企业{入园企业数}]' +
          '[；实现工商税收{工商税收}[，同比{工商税收.增长}]]',
        zeros,
      ),
    ).toEqual(['上半年，园区实现工业总产值5000万元。']);
    expect(textOf('{分别: 产值=工业总产值, 企业=入园企业数}', zeros)).toEqual([
      '产值5000万元，同比增长25%。',
    ]);
  });

  it('keeps a rate of 0%', () => {
    const rates = consolidate([
      statTable('甲镇', [row('研发投入占比', '%', 0, 1.2)], { period: HALF_YEAR }),
      statTable('乙镇', [row('研发投入占比', '%', 2.5, 2)]),
    ]);
    const result = renderNarrative({
      consolidation: rates,
      words: WORDS,
      templates: template(
        '{乡镇}[研发投入占比{研发投入占比}[，{研发投入占比.百分点}]]',
        'zh-CN',
        true,
      ),
    });
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      '甲镇研发投入占比0%，回落1.2个百分点。',
      '乙镇研发投入占比2.5%，提高0.5个百分点。',
    ]);
  });
});

describe('shares over 100%', () => {
  const over = park(row('工业总产值', '万元', 5000), row('其中：规模以上工业产值', '万元', 6000));

  it.each(['{规模以上工业产值.占比}', '{规模以上工业产值.占比全称}'])(
    'leaves %s out, with a 核实 notice',
    (placeholder) => {
      const result = render(`[规模以上工业产值{规模以上工业产值}][，${placeholder}]`, over);
      expect(result.paragraphs.map((p) => p.text)).toEqual(['规模以上工业产值6000万元。']);
      const notice = result.issues.find((i) => i.code === 'narrative.share-over-whole');
      expect(notice?.level).toBe('verify');
      expect(notice && formatIssue(notice)).toBe(
        '综述模板“测试”：园区“规模以上工业产值”占“工业总产值”的120%，超过100%，占比未写入综述，请核实两项数据',
      );
    },
  );

  it('leaves out a township’s share of a total that others’ losses make smaller', () => {
    const county = consolidate([
      statTable('东城镇', [row('利润总额', '万元', 300)], { period: HALF_YEAR }),
      statTable('西城镇', [row('利润总额', '万元', -100)]),
    ]);
    const result = renderNarrative({
      consolidation: county,
      words: WORDS,
      templates: template('{乡镇}[{利润总额.盈亏}][，{利润总额.占比}]', 'zh-CN', true),
    });
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      '东城镇实现利润总额300万元。',
      '西城镇利润总额亏损100万元。',
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['narrative.share-over-whole']);
  });
});

const sales = () => park(row('销售收入', '万元', 18000), row('工商税收', '万元', 900));

describe('paragraphs with nothing to say', () => {
  const county = consolidate([
    statTable('甲镇', [row('工业总产值', '万元', 5000, 4000)], { period: HALF_YEAR }),
    statTable('乙镇', [row('工业总产值', '万元', 3000, 2500)]),
    statTable('丙乡', [row('入园企业数', '家', 4)]),
  ]);

  it('are left out with a notice naming the template and the township', () => {
    const result = renderNarrative({
      consolidation: county,
      words: WORDS,
      templates: template('{乡镇}{时期}[实现工业总产值{工业总产值}]', 'zh-CN', true),
    });
    expect(result.paragraphs.map((p) => p.township)).toEqual(['甲镇', '乙镇']);
    expect(result.issues.map((i) => [i.level, formatIssue(i)])).toEqual([
      ['info', '综述模板“测试”：丙乡没有该段所用指标的数据，该段未写入综述'],
    ]);
  });

  it('name the area when the whole area has none of the indicators', () => {
    const result = render('{时期}，{主体}[实现利润{利润总额}][；实现工商税收{工商税收}]', county);
    expect(result.paragraphs).toEqual([]);
    expect(result.issues.map((i) => i.code)).toContain('narrative.paragraph-left-out');
    expect(result.issues.find((i) => i.code === 'narrative.paragraph-left-out')?.params).toEqual({
      template: '测试',
      subject: '园区',
    });
  });

  it('get no notice when the indicators are there (too few townships to rank, no errors)', () => {
    const result = renderNarrative({ consolidation: county, words: WORDS });
    const kinds = result.paragraphs.map((p) => p.kind);
    expect(kinds).not.toContain('ranking');
    expect(kinds).not.toContain('caveat');
    const leftOut = result.issues.filter((i) => i.code === 'narrative.paragraph-left-out');
    // Only 丙乡's township paragraph: it reports none of 工业总产值, 销售收入, 利润总额, 工商税收.
    expect(leftOut.map((i) => i.params)).toEqual([{ template: '分乡镇', subject: '丙乡' }]);
  });

  it('start the main paragraph at 目前 when only the point-in-time counts have data', () => {
    const counts = park(row('入园企业数', '家', 53, 51), row('新竣工项目数', '个', 2, 3));
    const main = (locale?: 'en') =>
      renderNarrative({
        consolidation: counts,
        words: locale === 'en' ? { period: 'H1 2025', area: 'the park' } : WORDS,
        ...(locale !== undefined ? { locale } : {}),
      }).paragraphs.find((p) => p.kind === 'main')?.text;
    expect(main()).toBe(
      '目前，入园企业53家，比上年同期增加2家；新竣工项目2个，比上年同期减少1个。',
    );
    expect(main('en')).toMatch(/^At present, 53 /);
    // A sentence before it keeps the opening: 上半年，园区实现工商税收…。目前，…
    const withTax = park(row('工商税收', '万元', 900, 800), row('入园企业数', '家', 53));
    expect(
      renderNarrative({ consolidation: withTax, words: WORDS }).paragraphs.find(
        (p) => p.kind === 'main',
      )?.text,
    ).toBe('上半年，园区实现工商税收900万元，同比增长12.5%。目前，入园企业53家。');
  });

  it('group words with a placeholder only as its words, never a figure', () => {
    expect(textOf('[{时期}，{主体}[实现利润{利润总额}]]', sales())).toEqual([]);
    expect(textOf('[{时期}，{主体}[销售收入{销售收入}]]。', sales())).toEqual([
      '上半年，园区销售收入1.8亿元。',
    ]);
    // {工商税收} is a figure: the segment is no group, written while its figure is there.
    expect(textOf('[{工商税收}，{主体}[实现利润{利润总额}]]', sales())).toEqual([
      '900万元，园区。',
    ]);
  });

  it('keep the opening of the targets paragraph when its first indicator has no target', () => {
    const targets = park(
      row('工业总产值', '万元', 5000, 4000),
      row('销售收入', '万元', 4500, 4000, 9000),
    );
    const zh = renderNarrative({ consolidation: targets, words: WORDS });
    expect(zh.paragraphs.find((p) => p.kind === 'targets')?.text).toBe(
      '上半年，园区销售收入完成全年目标的50%，时间过半、任务过半。',
    );
    const english = renderNarrative({
      consolidation: targets,
      words: { period: 'H1 2025', area: 'the park' },
      locale: 'en',
    });
    expect(english.paragraphs.find((p) => p.kind === 'targets')?.text).toBe(
      'In H1 2025, sales revenue reached 50% of the annual target, on schedule at mid-year.',
    );
  });
});

describe('a caveat on totals with 错误 findings', () => {
  const data = park(
    row('工业总产值', '万元', 5000, 4000),
    row('销售收入', '万元', 4500, 4000),
    row('工商税收', '万元', 300, 250),
  );
  const source =
    '{时期}，{主体}[实现工业总产值{工业总产值}][；销售收入{销售收入}][；实现工商税收{工商税收}]';

  it('stands at the end of each clause quoting them', () => {
    expect(textOf(source, data, { erroneousIndicators: ['工商税收', '工业总产值'] })).toEqual([
      '上半年，园区实现工业总产值5000万元（工业总产值数据经审核存在错误，详见“审核”表）；' +
        '销售收入4500万元；实现工商税收300万元（工商税收数据经审核存在错误，详见“审核”表）。',
    ]);
  });

  it('is not written for a paragraph that does not quote them', () => {
    expect(textOf('[销售收入{销售收入}]', data, { erroneousIndicators: ['工商税收'] })).toEqual([
      '销售收入4500万元。',
    ]);
  });

  it('is written in English', () => {
    expect(
      textOf('[Sales were {销售收入}]', data, { locale: 'en', erroneousIndicators: ['销售收入'] }),
    ).toEqual([
      'Sales were 45 million yuan (the audit found errors in the 销售收入 figures; see the 审核 sheet).',
    ]);
  });
});
