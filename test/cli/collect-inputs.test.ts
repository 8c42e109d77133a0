import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectInputs } from '../../src/app/collect-inputs';
import { UserError } from '../../src/app/user-error';
import { makeTempDir } from '../host/xlsx-files';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return `${error.code}|${error.message}`;
    throw error;
  }
  return undefined;
}

describe('collectInputs', () => {
  const temp = makeTempDir();
  const folder = join(temp.dir, '乡镇报表');
  const only = join(temp.dir, '旧格式');
  beforeAll(() => {
    mkdirSync(folder);
    mkdirSync(join(folder, 'sub.xlsx'));
    mkdirSync(join(folder, '二组'));
    mkdirSync(join(folder, '.git'));
    mkdirSync(join(temp.dir, '空'));
    mkdirSync(only);
    for (const name of [
      '西城镇.xlsx',
      '东城镇.XLSX',
      '~$东城镇.xlsx',
      '.隐藏.xlsx',
      '说明.txt',
      '10.xlsx',
      '2.xlsx',
      '丙乡.xls',
      '丁乡.et',
      '戊乡.csv',
      'sub.xlsx/北乡.xlsm',
      '二组/南乡.xlsx',
      '二组/~$南乡.xlsx',
      '.git/x.xlsx',
    ]) {
      writeFileSync(join(folder, name), 'x');
    }
    // A link back up the tree must not loop.
    symlinkSync(folder, join(folder, '二组', '回环'));
    writeFileSync(join(only, '甲镇.xls'), 'x');
    writeFileSync(join(only, '乙镇.csv'), 'x');
    writeFileSync(join(temp.dir, 'a.txt'), 'x');
    writeFileSync(join(temp.dir, '丙乡.et'), 'x');
  });
  afterAll(() => temp.cleanup());

  it('lists workbooks (.xlsx, .xlsm) in name order, subfolders after files, without lock or hidden files', () => {
    const collected = collectInputs([folder, join(temp.dir, 'a.txt')]);
    expect(collected.files).toEqual([
      { path: join(folder, '2.xlsx'), inFolder: true },
      { path: join(folder, '10.xlsx'), inFolder: true },
      { path: join(folder, '东城镇.XLSX'), inFolder: true },
      { path: join(folder, '西城镇.xlsx'), inFolder: true },
      { path: join(folder, '二组', '南乡.xlsx'), inFolder: true },
      { path: join(folder, 'sub.xlsx', '北乡.xlsm'), inFolder: true },
      { path: join(temp.dir, 'a.txt'), inFolder: false },
    ]);
    expect(collected.skipped).toBe(3);
  });

  it('names each .xls, .et and .csv in a 错误 notice, and says which subfolders were searched', () => {
    const { notices } = collectInputs([folder]);
    expect(notices.map((n) => [n.code, n.level, n.location.file, n.params['file']])).toEqual([
      ['read.format-xls', 'error', '丙乡.xls', join(folder, '丙乡.xls')],
      ['read.format-et', 'error', '丁乡.et', join(folder, '丁乡.et')],
      ['read.format-csv', 'error', '戊乡.csv', join(folder, '戊乡.csv')],
      ['read.subfolders', 'info', undefined, folder],
    ]);
    expect(notices[3]?.params).toMatchObject({ folders: '二组、sub.xlsx', count: 2 });
  });

  it.each([
    [[], 'read.no-input'],
    [['nowhere.xlsx'], 'read.file-missing'],
    [['空'], 'read.empty-folder'],
  ])('%j throws %s', (paths, code) => {
    const resolved = paths.map((p) => (p === '空' ? join(temp.dir, p) : p));
    expect(codeOf(() => collectInputs(resolved))).toMatch(new RegExp(`^${code}\\|`));
  });

  it('stops on a folder with only old formats, naming them', () => {
    expect(codeOf(() => collectInputs([only]))).toBe(
      `read.folder-old-formats-only|文件夹“${only}”中没有 .xlsx 工作簿，只有 甲镇.xls、乙镇.csv，请另存为 .xlsx 后重新汇总`,
    );
  });

  it('stops on an old-format file named explicitly', () => {
    const et = join(temp.dir, '丙乡.et');
    expect(codeOf(() => collectInputs([folder, et]))).toBe(
      `read.format-et|${et} 是 WPS 表格格式，请在 WPS 中另存为 .xlsx 后重新汇总`,
    );
  });
});
