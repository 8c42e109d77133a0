/**
 * The template forms the seed documents need (issue #14 §4): number and unit apart,
 * approximations, counts in words and ordinals, parallel lists, the comparable-basis note.
 * Through the real consolidation and renderer.
 */
import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import { formatIssue } from '../diagnostics';
import { renderNarrative } from './render-narrative';

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };
const WORDS = { period: '上半年', area: '园区' };

const PARK: RowSpec[] = [
  { label: '一、工业总产值', unit: '万元', current: 185000, previous: 176000 },
  { label: '二、销售收入', unit: '万元', current: 135000, previous: 128600 },
  { label: '利润总额', unit: '万元', current: 9700, previous: 10000 },
  { label: '工商税收', unit: '万元', current: 19600, previous: 7000 },
  { label: '道路绿化投资', unit: '元', current: 3512345 },
  { label: '企业员工总数', unit: '人', current: 55 },
  { label: '入园企业', unit: '家', current: 4, previous: 2 },
  { label: '新竣工项目', unit: '个', current: 2 },
  { label: '平均工资增速', unit: '%', current: 6.84, previous: 6.2 },
];
const park = consolidate([statTable('园区', PARK, { period: HALF_YEAR })]);

function render(
  source: string,
  consolidation = park,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): { text: string; issues: string[] } {
  const result = renderNarrative({
    consolidation,
    words: WORDS,
    templates: { locale, templates: [{ name: '测试', kind: 'custom', source }] },
  });
  return {
    text: result.paragraphs.map((p) => p.text).join('\n'),
    issues: result.issues.map((i) => formatIssue(i)),
  };
}

describe('number and unit apart ({X.数}, {X.单位})', () => {
  it('splits the value form around words, with its unit choice', () => {
    const { text, issues } = render(
      '产值达{工业总产值.数}{工业总产值.单位}，税收{工商税收.number}{工商税收.unit}',
    );
    expect(issues).toEqual([]);
    expect(text).toBe('产值达18.5亿元，税收1.96亿元。');
  });
  it('traces the number to its cell, and writes a rate as number and %', () => {
    const result = renderNarrative({
      consolidation: park,
      words: WORDS,
      templates: {
        locale: 'zh-CN',
        templates: [{ name: 't', kind: 'custom', source: '{工业总产值.数}' }],
      },
    });
    expect(result.paragraphs[0]?.figures).toEqual([
      {
        text: '18.5',
        value: 185000,
        indicator: '工业总产值',
        sources: [{ sheet: '园区', cell: 'C2' }],
      },
    ]);
    expect(render('{平均工资增速.数}{平均工资增速.单位}').text).toBe('6.8%。');
  });
});

describe('approximations ({X.约数}, {X.余})', () => {
  it('writes 多, 余 and 近 as the seed documents do', () => {
    const { text, issues } = render(
      '绿化总投资{道路绿化投资.约数}，员工{企业员工总数.余}，税收{工商税收.约数}',
    );
    expect(issues).toEqual([]);
    expect(text).toBe('绿化总投资350多万元，员工50余人，税收近2亿元。');
  });
  it('speaks English', () => {
    expect(render('{工商税收.approx}', park, 'en').text).toBe('nearly 200 million yuan.');
  });
});

describe('counts in words and ordinals ({X.汉字}, {X.第几})', () => {
  it('writes small counts in Chinese numerals, 两 for 2', () => {
    expect(render('入园企业{入园企业.汉字}，新竣工项目{新竣工项目.inWords}').text).toBe(
      '入园企业四家，新竣工项目两个。',
    );
  });
  it('writes a township rank as an ordinal, only in a township', () => {
    const two = consolidate([
      statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 90 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 120 }]),
    ]);
    expect(render('{#每个乡镇}{乡镇}居{工业总产值.第几}{/}', two).text).toBe(
      '东城镇居第二；西城镇居第一。',
    );
    const misuse = render('{工业总产值.第几}', two);
    expect(misuse.text).toBe('{工业总产值.第几?}。');
    expect(misuse.issues.join('\n')).toContain('只能用在乡镇段落或乡镇循环中');
  });
});

describe('parallel list ({并列增长: …})', () => {
  it('says rising indicators together, without 分别 and without values', () => {
    expect(render('工业{并列增长: 产值=工业总产值, 销售=销售收入}').text).toBe(
      '工业产值、销售同比增长5.1%和5%。',
    );
  });
  it('splits mixed signs, never writing a minus sign', () => {
    const { text } = render(
      '{并列增长: 产值=工业总产值, 利润=利润总额, 销售=销售收入, 税收=工商税收}',
    );
    expect(text).toBe('产值、销售、税收同比增长5.1%、5%和1.8倍，利润同比下降3%。');
    expect(text).not.toMatch(/-\d/);
  });
  it('leaves out an indicator without 上年同期, and gives a fallback when none has one', () => {
    expect(render('{并列增长: 产值=工业总产值, 员工=企业员工总数}').text).toBe(
      '产值同比增长5.1%。',
    );
    const none = render('{并列增长: 员工=企业员工总数}');
    expect(none.text).toBe('{并列增长: 员工=企业员工总数?}。');
    expect(none.issues).toHaveLength(1);
    expect(render('[工业{并列增长: 员工=企业员工总数}]').text).toBe('');
  });
  it('shows a misspelt indicator as a fallback with a notice', () => {
    const { text, issues } = render('{并列增长: 产值=工业总产值, 工业产值}');
    expect(text).toBe('产值同比增长5.1%，{工业产值?}。');
    expect(issues.join('\n')).toContain('工业产值');
  });
  it('speaks English', () => {
    expect(render('{parallel: output=工业总产值, sales=销售收入}', park, 'en').text).toBe(
      'output, sales up 5.1% and 5% year on year.',
    );
  });
});

describe('comparable-basis note ({X.可比口径})', () => {
  const partial = consolidate([
    statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 120, previous: 100 }]),
    statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 80 }]),
    statTable('南城镇', [{ label: '销售收入', unit: '万元', current: 50, previous: 40 }]),
  ]);
  it('writes the note when a township lacks 上年同期', () => {
    expect(
      render('产值{工业总产值}，同比{工业总产值.增长}{工业总产值.可比口径}', partial).text,
    ).toBe('产值200万元，同比增长20%（按可比口径计算）。');
  });
  it('writes nothing when every township reports both, or in a township', () => {
    expect(render('销售同比{销售收入.增长}{销售收入.可比口径}', partial).text).toBe(
      '销售同比增长25%。',
    );
    expect(
      render('{#每个乡镇(工业总产值)}{乡镇}{工业总产值.comparableBasis}{/}', partial).text,
    ).toBe('东城镇；西城镇。');
  });
});

describe('a misspelt form', () => {
  it('gives the visible fallback and names the known forms', () => {
    const { text, issues } = render('{工业总产值.约数字}');
    expect(text).toBe('{工业总产值.约数字?}。');
    expect(issues.join('\n')).toContain('约数');
  });
  it('gives a fallback and a notice for an empty parallel list', () => {
    const { text, issues } = render('工业{并列增长: }');
    expect(text).toBe('工业{并列增长: ?}。');
    expect(issues).toHaveLength(1);
  });
});
