import { cellText } from './cell-text';
import { NUMBER_FORMATS } from './number-format';

describe('cellText: a cell as Excel shows it with the output sheets’ formats', () => {
  it.each([
    [185000, NUMBER_FORMATS.integer, '185,000'],
    [1742000, NUMBER_FORMATS.integer, '1,742,000'],
    [999.5, NUMBER_FORMATS.integer, '1,000'],
    [86.4108, NUMBER_FORMATS.decimal, '86.41'],
    [1234.5, NUMBER_FORMATS.decimal, '1,234.50'],
    [5, NUMBER_FORMATS.percent, '5.0'],
    [14.05, NUMBER_FORMATS.percent, '14.1'],
    [-11.8, NUMBER_FORMATS.percent, '-11.8'],
    [-0.04, NUMBER_FORMATS.percent, '0.0'],
    [0.04675, NUMBER_FORMATS.small, '0.0468'],
    [3, NUMBER_FORMATS.rank, '3'],
    [-1234567, NUMBER_FORMATS.integer, '-1,234,567'],
  ])('%p with %s shows %s', (value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });

  it('shows text as it is, an empty cell as "", a General number without float noise', () => {
    expect(cellText('　其中：规模以上工业产值', null)).toBe('　其中：规模以上工业产值');
    expect(cellText(null, NUMBER_FORMATS.integer)).toBe('');
    expect(cellText(0.1 + 0.2, null)).toBe('0.3');
    expect(cellText(Number.NaN, NUMBER_FORMATS.percent)).toBe('');
  });
});
