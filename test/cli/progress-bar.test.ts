import { renderProgress } from '../../src/cli/progress-bar';

describe('renderProgress', () => {
  it.each([
    [{ done: 3, total: 8, file: 'in/东城镇.xlsx' }, 10, '读取中 [####      ] 3/8 东城镇.xlsx'],
    [{ done: 0, total: 4, file: 'a.xlsx' }, 4, '读取中 [    ] 0/4 a.xlsx'],
    [{ done: 4, total: 4, file: 'C:\\报表\\西城镇.xlsx' }, 4, '读取中 [####] 4/4 西城镇.xlsx'],
    [{ done: 9, total: 4, file: 'a.xlsx' }, 4, '读取中 [####] 4/4 a.xlsx'],
    [{ done: 0, total: 0, file: '' }, 2, '读取中 [##] 0/0 '],
  ])('%j at width %d', (state, width, expected) => {
    expect(renderProgress(state, width)).toBe(expected);
  });

  it('defaults to a 20-cell bar', () => {
    expect(renderProgress({ done: 1, total: 2, file: 'x.xlsx' })).toBe(
      `读取中 [${'#'.repeat(10)}${' '.repeat(10)}] 1/2 x.xlsx`,
    );
  });
});
