import { normaliseLabel } from './label';

describe('normaliseLabel', () => {
  it.each([
    ['工业总产值', '工业总产值'],
    ['  工业总产值  ', '工业总产值'],
    ['\u3000工业总产值\u00A0', '工业总产值'],
    ['工 业 总 产 值', '工业总产值'],
    ['一、工业总产值', '工业总产值'],
    ['十二、入园企业数', '入园企业数'],
    ['（一）销售收入', '销售收入'],
    ['(一)销售收入', '销售收入'],
    ['（1）销售收入', '销售收入'],
    ['1.销售收入', '销售收入'],
    ['1、销售收入', '销售收入'],
    ['１．销售收入', '销售收入'],
    ['2.1 销售收入', '销售收入'],
    ['①销售收入', '销售收入'],
    ['其中：规模以上工业产值', '规模以上工业产值'],
    ['其中:规模以上工业产值', '规模以上工业产值'],
    ['其中规模以上工业产值', '规模以上工业产值'],
    ['#规模以上工业产值', '规模以上工业产值'],
    ['＃规模以上工业产值', '规模以上工业产值'],
    ['其中：1.规模以上工业产值', '规模以上工业产值'],
    ['工业总产值（万元）', '工业总产值'],
    ['工业总产值(亿元)', '工业总产值'],
    ['工业总产值 （万元） ', '工业总产值'],
    ['利润总额（含税）', '利润总额(含税)'],
    ['規模以上工業產值', '规模以上工业产值'],
    ['显著增长企业数', '显著增长企业数'],
    ['ＧＤＰ', 'GDP'],
    ['5G基站数', '5G基站数'],
    ['一、工业：', '工业'],
  ])('names %j as %j', (label, name) => {
    expect(normaliseLabel(label).name).toBe(name);
  });

  it('keeps the label as written, without outer spaces', () => {
    const result = normaliseLabel('   其中：规模以上工业产值（万元）');
    expect(result.label).toBe('其中：规模以上工业产值（万元）');
    expect(result.display).toBe('规模以上工业产值');
    expect(result.childMarker).toBe(true);
    expect(result.unitText).toBe('万元');
    expect(result.unit?.symbol).toBe('万元');
    expect(result.indent).toBe(1.5);
    expect(result.prefixWidth).toBe(3);
  });

  it('records the numbering', () => {
    expect(normaliseLabel('（一）销售收入').numbering).toBe('（一）');
    expect(normaliseLabel('销售收入').numbering).toBeNull();
    expect(normaliseLabel('销售收入').childMarker).toBe(false);
  });

  it.each([
    ['\u3000\u3000x', 2],
    ['    x', 2],
    ['  x', 1],
    ['x', 0],
  ])('measures the indentation of %j', (label, indent) => {
    expect(normaliseLabel(label).indent).toBe(indent);
  });

  it.each([
    ['税收收入', '工商税收'],
    ['一、税收收入（万元）', '工商税收'],
    ['稅收收入', '工商税收'],
    ['工业产值', '工业总产值'],
    ['其中：规上工业产值', '规模以上工业产值'],
    ['实际到位资金', '招商引资到位资金'],
  ])('applies the default alias %j -> %j', (label, name) => {
    expect(normaliseLabel(label).name).toBe(name);
  });

  it('applies user aliases, normalised by the same rules, over the defaults', () => {
    const aliases = { '一、本地 稅收': '地方税收（万元）', 税收收入: '税收' };
    expect(normaliseLabel('本地税收', aliases).name).toBe('地方税收');
    expect(normaliseLabel('税收收入', aliases).name).toBe('税收');
    expect(normaliseLabel('税收收入').name).toBe('工商税收');
  });

  it('does not loop on alias cycles', () => {
    const aliases = { 甲: '乙', 乙: '甲' };
    expect(normaliseLabel('甲', aliases).name).toBe('乙');
  });

  it('returns the same object for the same label (cached)', () => {
    expect(normaliseLabel('销售收入')).toBe(normaliseLabel('销售收入'));
  });
});
