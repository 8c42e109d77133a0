import { detectPeriod } from './period';

describe('detectPeriod', () => {
  it.each([
    ['XX镇园区主要经济指标完成情况（2025年1-6月）', '1-6月', 2025, 6],
    ['2025年1—6月', '1-6月', 2025, 6],
    ['1至6月', '1-6月', null, 6],
    ['１－９月', '1-9月', null, 9],
    ['2025年 1~3月', '1-3月', 2025, 3],
    ['一至六月', '1-6月', null, 6],
    ['2025年上半年', '上半年', 2025, 6],
    ['下半年', '下半年', null, 12],
    ['一季度', '一季度', null, 3],
    ['2024年第一季度', '一季度', 2024, 3],
    ['前三季度', '前三季度', null, 9],
    ['2024年全年', '全年', 2024, 12],
    ['2024年度经济指标', '全年', 2024, 12],
    ['截至9月底', '1-9月', null, 9],
    ['2025年6月', '6月', 2025, 6],
    ['12月份', '12月', null, 12],
  ])('reads %s', (text, label, year, months) => {
    expect(detectPeriod(text)).toEqual({ label, year, months });
  });

  it.each(['指标名称', '', '2025年', '本期', '同比增长(%)'])('finds no period in %j', (text) => {
    expect(detectPeriod(text)).toBeNull();
  });
});
