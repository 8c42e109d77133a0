import { withCaveat } from './erroneous-caveat';
import { en, zhCN } from './locale';
import type { PhraseFigure } from './phrase';

const figure = (text: string, indicator: string): PhraseFigure => ({
  text,
  value: 0,
  source: { indicator, sources: [] },
});

describe('withCaveat', () => {
  const text =
    '上半年，全镇实现工业总产值5.2亿元，其中规模以上工业产值6亿元；销售收入8亿元。实现工商税收1200万元。';
  const figures = [
    figure('5.2亿元', '工业总产值'),
    figure('6亿元', '规模以上工业产值'),
    figure('8亿元', '销售收入'),
    figure('1200万元', '工商税收'),
  ];

  it('puts the caveat at the end of the clause holding the doubtful figure', () => {
    expect(withCaveat(text, figures, new Set(['规模以上工业产值']), zhCN)).toBe(
      '上半年，全镇实现工业总产值5.2亿元，其中规模以上工业产值6亿元（规模以上工业产值数据经审核存在错误，详见“审核”表）；销售收入8亿元。实现工商税收1200万元。',
    );
  });

  it('gives each clause its own caveat and names two indicators of one clause together', () => {
    const out = withCaveat(
      text,
      figures,
      new Set(['工业总产值', '规模以上工业产值', '工商税收']),
      zhCN,
    );
    expect(out).toBe(
      '上半年，全镇实现工业总产值5.2亿元，其中规模以上工业产值6亿元（工业总产值、规模以上工业产值数据经审核存在错误，详见“审核”表）；销售收入8亿元。实现工商税收1200万元（工商税收数据经审核存在错误，详见“审核”表）。',
    );
  });

  it('leaves a paragraph without doubtful figures as it is', () => {
    expect(withCaveat(text, figures, new Set(['利润总额']), zhCN)).toBe(text);
    expect(withCaveat(text, figures, new Set(), zhCN)).toBe(text);
  });

  it('never takes a decimal point for the end of an English sentence', () => {
    const english = 'Output was 600 million yuan, up 33.3%; sales were 800 million yuan.';
    const out = withCaveat(
      english,
      [figure('600 million yuan', 'output'), figure('33.3%', 'output')],
      new Set(['output']),
      en,
    );
    expect(out).toMatch(
      /up 33\.3% \(the audit found errors in the output figures; see the 审核 sheet\); sales/,
    );
  });
});
