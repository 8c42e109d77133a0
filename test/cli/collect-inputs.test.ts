import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectInputs } from '../../src/app/collect-inputs';
import { UserError } from '../../src/app/user-error';
import { makeTempDir } from '../host/xlsx-files';

describe('collectInputs', () => {
  const temp = makeTempDir();
  const folder = join(temp.dir, '乡镇报表');
  beforeAll(() => {
    mkdirSync(folder);
    mkdirSync(join(folder, 'sub.xlsx'));
    mkdirSync(join(temp.dir, '空'));
    for (const name of [
      '西城镇.xlsx',
      '东城镇.XLSX',
      '~$东城镇.xlsx',
      '说明.txt',
      '10.xlsx',
      '2.xlsx',
    ]) {
      writeFileSync(join(folder, name), 'x');
    }
    writeFileSync(join(temp.dir, 'a.txt'), 'x');
  });
  afterAll(() => temp.cleanup());

  it("lists a folder's workbooks in name order, without lock files, files kept as given", () => {
    expect(collectInputs([folder, join(temp.dir, 'a.txt')])).toEqual([
      join(folder, '2.xlsx'),
      join(folder, '10.xlsx'),
      join(folder, '东城镇.XLSX'),
      join(folder, '西城镇.xlsx'),
      join(temp.dir, 'a.txt'),
    ]);
  });

  it.each([
    [[], 'read.no-input'],
    [['nowhere.xlsx'], 'read.file-missing'],
    [['空'], 'read.empty-folder'],
  ])('%j throws %s', (paths, code) => {
    const resolved = paths.map((p) => (p === '空' ? join(temp.dir, p) : p));
    expect(() => collectInputs(resolved)).toThrow(UserError);
    try {
      collectInputs(resolved);
    } catch (error) {
      expect((error as UserError).code).toBe(code);
    }
  });
});
