import { parseUnit } from '../model/unit';
import { chooseUnit, unitIdentity, unitLabel } from './indicator-unit';

function row(text: string | null): { unit: ReturnType<typeof parseUnit>; unitText: string | null } {
  const unit = text === null ? null : parseUnit(text);
  return { unit, unitText: text !== null && unit === null ? text : null };
}

describe('chooseUnit', () => {
  it.each<[string, (string | null)[], string | null]>([
    ['the most common unit', ['亿元', '万元', '万元'], '万元'],
    ['the first township’s on a tie', ['亿元', '万元', '万元', '亿元'], '亿元'],
    ['a unit over rows without one', [null, null, '家'], '家'],
    ['no unit when none has one', [null, null], null],
    ['spellings of one unit together', ['m2', '平方米', '万平方米'], '平方米'],
    ['unrecognised text as a unit', ['斤斤', '斤斤', '万元'], '斤斤'],
  ])('takes %s', (_name, units, expected) => {
    expect(unitLabel(chooseUnit(units.map(row))) || null).toBe(expected);
  });
});

describe('unitIdentity', () => {
  it.each<[string | null, string | null]>([
    ['万元', 'unit:万元'],
    ['㎡', 'unit:平方米'],
    ['斤斤', 'text:斤斤'],
    [null, null],
  ])('names %p as %p', (text, expected) => {
    expect(unitIdentity(row(text))).toBe(expected);
  });
});
