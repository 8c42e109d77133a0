import { findStatements } from './figure-grammar';
import { foldDigits, readNumber } from './read-number';

/** Each statement as [kind, its text, the number signed by its verb]. */
function read(text: string): [string, string, number | null][] {
  const folded = foldDigits(text);
  return findStatements(folded).map((s) => [
    s.kind,
    folded.slice(s.start, s.end),
    s.number === null ? null : s.number.value * s.sign,
  ]);
}

describe('readNumber', () => {
  it('reads Arabic digits with their precision, full-width and grouped too', () => {
    expect(readNumber('18.5')).toEqual({ value: 18.5, decimals: 1, step: 0.1, chinese: false });
    expect(readNumber('１２０００')).toMatchObject({ value: 12000, decimals: 0, step: 1000 });
    expect(readNumber('12,000')?.value).toBe(12000);
  });

  it('reads Chinese numerals', () => {
    expect(readNumber('四')).toMatchObject({ value: 4, step: 1, chinese: true });
    expect(readNumber('两千')).toMatchObject({ value: 2000, step: 1000 });
    expect(readNumber('十二')?.value).toBe(12);
    expect(readNumber('三百五十')).toMatchObject({ value: 350, step: 10 });
    expect(readNumber('两千五')?.value).toBe(2500);
    expect(readNumber('一百零五')?.value).toBe(105);
    expect(readNumber('亿')).toBeNull();
  });
});

describe('findStatements', () => {
  it('reads amounts with units, approximate ones and losses', () => {
    expect(read('工业总产值18.5亿元，员工12000人，入园企业53家，税收7500万元')).toEqual([
      ['amount', '18.5亿元', 18.5],
      ['amount', '12000人', 12000],
      ['amount', '53家', 53],
      ['amount', '7500万元', 7500],
    ]);
    const approx = findStatements('员工50余人，总投资350多万元，近2亿元，两千余人，四条，约60万元');
    expect(approx.map((s) => [s.number?.value, s.unit, s.approximation])).toEqual([
      [50, '人', 'above'],
      [350, '万元', 'above'],
      [2, '亿元', 'below'],
      [2000, '人', 'above'],
      [4, '条', null],
      [60, '万元', 'around'],
    ]);
    expect(read('利润总额亏损1286万元')).toEqual([['amount', '亏损1286万元', -1286]]);
  });

  it('reads the narrative’s zero profit, last year’s level in its aside, and ratio units', () => {
    const zero = findStatements(
      '利润总额为零（上年同期盈利50万元）；利润总额盈亏持平（上年同期亏损50万元）',
    );
    expect(zero.map((s) => [s.kind, s.number?.value, s.sign, s.previous, s.unit])).toEqual([
      ['amount', 0, 1, false, ''],
      ['amount', 50, 1, true, '万元'],
      ['amount', 0, 1, false, ''],
      ['amount', 50, -1, true, '万元'],
    ]);
    // The zero-base aside is about last year: no statement of this year's figure.
    expect(read('销售收入8亿元（上年同期为零）')).toEqual([['amount', '8亿元', 8]]);
    expect(read('万元产值能耗0.047吨标准煤')).toEqual([['amount', '0.047吨标准煤', 0.047]]);
  });

  it('reads growth and decline, times, 翻一番 and 持平', () => {
    expect(read('同比增长5.1%，下降3%，增长1.25倍，翻一番，同比持平')).toEqual([
      ['growth', '同比增长5.1%', 5.1],
      ['growth', '下降3%', -3],
      ['growth', '增长1.25倍', 1.25],
      ['growth', '翻一番', 100],
      ['growth', '同比持平', null],
    ]);
    expect(read('比上年同期增加2家')).toEqual([['amount', '比上年同期增加2家', 2]]);
  });

  it('reads percentage points, shares, ranks, completion and time progress', () => {
    expect(
      read(
        '提高2.1个百分点，回落0.3个百分点，占全县的33.1%，占比82.6%，合计占全县的73%，' +
          '占销售收入的82.6%，居全县第一，居各园区首位，位列第3位，在3个园区中位列第1位，' +
          '完成全年目标的46.3%，时间过半、任务过半，慢于时间进度3.7个百分点，快于时间进度1个百分点',
      ),
    ).toEqual([
      ['points', '提高2.1个百分点', 2.1],
      ['points', '回落0.3个百分点', -0.3],
      ['share', '占全县的33.1%', 33.1],
      ['share', '占比82.6%', 82.6],
      ['share', '合计占全县的73%', 73],
      ['share', '占销售收入的82.6%', 82.6],
      ['rank', '居全县第一', 1],
      ['rank', '居各园区首位', 1],
      ['rank', '位列第3位', 3],
      ['rank', '在3个园区中位列第1位', 1],
      ['completion', '完成全年目标的46.3%', 46.3],
      ['schedule', '时间过半、任务过半', null],
      ['schedule', '慢于时间进度3.7个百分点', -3.7],
      ['schedule', '快于时间进度1个百分点', 1],
    ]);
    const shares = findStatements('合计占全县的73%，占销售收入的82.6%');
    expect(shares.map((s) => [s.group, s.whole])).toEqual([
      [true, '全县'],
      [false, '销售收入'],
    ]);
    expect(findStatements('在全市8家省级工业园区中位于第3位')[0]?.among).toBe(8);
  });

  it('marks 分别 lists', () => {
    const list = findStatements('产值57.2亿元、销售54.9亿元，同比分别增长40.5%、41.6%');
    expect(list.map((s) => [s.kind, s.respectively])).toEqual([
      ['amount', false],
      ['amount', false],
      ['growth', true],
      ['amount', false],
    ]);
  });

  it('leaves words that only look like numbers alone', () => {
    expect(read('一是积极做好项目推动工作，统一部署，3月底完成')).toEqual([]);
  });
});
