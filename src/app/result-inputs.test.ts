import type { ResultMarker, WorkbookGrids } from '../core/grid';
import { screenResults, type ReadInput } from './result-inputs';

function input(name: string, hash: string, inFolder: boolean, result?: ResultMarker): ReadInput {
  const grids: WorkbookGrids = {
    file: name,
    sheets: [],
    ...(result !== undefined ? { result } : {}),
  };
  return { grids, hash, inFolder, shown: `乡镇/${name}` };
}

const east = input('东城镇.xlsx', 'e', true);
const west = input('西城镇.xlsx', 'w', true);
const marker = (...sources: string[]): ResultMarker => ({
  area: '全县',
  period: '上半年',
  sources,
});

describe('screenResults', () => {
  it.each<[string, ReadInput[], string[], [string, string, string?][]]>([
    ['townships only', [east, west], ['东城镇.xlsx', '西城镇.xlsx'], []],
    [
      'a second run with -o inside the input folder',
      [east, west, input('汇总结果.xlsx', 'r', true, marker('e', 'w'))],
      ['东城镇.xlsx', '西城镇.xlsx'],
      [['read.result-skipped', 'info']],
    ],
    [
      'an old result in the folder, made from other files',
      [east, input('上月.xlsx', 'r', true, marker('x'))],
      ['东城镇.xlsx'],
      [['read.result-skipped', 'info']],
    ],
    [
      'a result named explicitly beside the townships it was made from',
      [east, west, input('汇总结果.xlsx', 'r', false, marker('e', 'q'))],
      ['东城镇.xlsx', '西城镇.xlsx'],
      [['read.result-overlap', 'verify', '乡镇/东城镇.xlsx']],
    ],
    [
      'a result named explicitly beside other townships',
      [east, input('乙县.xlsx', 'r', false, marker('q'))],
      ['东城镇.xlsx', '乙县.xlsx'],
      [],
    ],
    [
      "a city office's folder of county results",
      [input('甲县.xlsx', 'a', true, marker('1')), input('乙县.xlsx', 'b', true, marker('2'))],
      ['甲县.xlsx', '乙县.xlsx'],
      [],
    ],
    [
      'a folder of results, one made from another',
      [input('甲县.xlsx', 'a', true, marker('1')), input('全市.xlsx', 'c', true, marker('a', 'b'))],
      ['甲县.xlsx'],
      [['read.result-overlap', 'verify', '乡镇/甲县.xlsx']],
    ],
  ])('%s', (_what, inputs, kept, notices) => {
    const result = screenResults(inputs);
    expect(result.kept.map((i) => i.grids.file)).toEqual(kept);
    expect(
      result.notices.map((n) => [
        n.code,
        n.level,
        ...(n.params['sources'] !== undefined ? [n.params['sources']] : []),
      ]),
    ).toEqual(notices);
  });
});
