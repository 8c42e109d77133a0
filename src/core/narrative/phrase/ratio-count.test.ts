import { parseUnit, type Unit } from '../../model';
import { en, zhCN } from '../locale';
import { countChangePhrase } from './count-change';
import { ratioPhrase } from './ratio-unit';

function unit(text: string): Unit {
  const parsed = parseUnit(text);
  if (parsed === null) throw new Error(`not a unit: ${text}`);
  return parsed;
}

describe('ratioPhrase', () => {
  it.each([
    [633164.8, '元/人', '人均产值', '63.3万元'],
    [0.04702, '吨标准煤/万元', '万元产值能耗', '0.047吨标准煤'],
    [52000, '元/亩', '亩均税收', '5.2万元'],
    [52000, '元/亩', '工业用地产出', '5.2万元/亩'],
    [1.2345, '万元/人', '人均利税', '1.23万元'],
    [0.5, '吨标准煤/万元', '每万元产值能耗', '0.5吨标准煤'],
    [350, '元/人', '人均福利', '350元'],
  ])('writes %p %p (%p) as %p', (value, unitText, name, expected) => {
    expect(ratioPhrase(value, unit(unitText), zhCN, name)?.text).toBe(expected);
  });

  it('keeps the exact value as the figure', () => {
    expect(ratioPhrase(633164.8, unit('元/人'), zhCN, '人均产值')?.figures).toEqual([
      { text: '63.3万元', value: 633164.8 },
    ]);
  });

  it('is null for a unit that is not a ratio, or a numerator it does not know', () => {
    expect(ratioPhrase(5, unit('万元'), zhCN, '工业总产值')).toBeNull();
    expect(ratioPhrase(5, unit('斤/亩'), zhCN, '亩产')).toBeNull();
  });

  it('writes English money steps', () => {
    expect(ratioPhrase(633164.8, unit('元/人'), en, '人均产值')?.text).toBe('633,165 yuan');
  });
});

describe('countChangePhrase', () => {
  it.each([
    [53, 51, '家', '增加2家', 2],
    [3, 4, '个', '减少1个', -1],
    [4, 4, '个', '持平', null],
  ])('says %p against %p %p as %p', (current, previous, unitText, expected, value) => {
    const phrase = countChangePhrase(current, previous, unit(unitText), zhCN);
    expect(phrase?.text).toBe(expected);
    expect(phrase?.figures.map((f) => f.value)).toEqual(value === null ? [] : [value]);
  });

  it('never writes a minus sign, and is null without both values', () => {
    expect(countChangePhrase(1, 10, unit('家'), zhCN)?.text).toBe('减少9家');
    expect(countChangePhrase(null, 10, unit('家'), zhCN)).toBeNull();
    expect(countChangePhrase(10, null, unit('家'), zhCN)).toBeNull();
  });

  it('speaks English', () => {
    expect(countChangePhrase(53, 51, unit('家'), en)?.text).toBe('up 2 firms');
  });
});
