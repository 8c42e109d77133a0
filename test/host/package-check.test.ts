import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../../src/app/read-input';
import { checkPackage, checkPackageDeeply, sniffBytes } from '../../src/host/xlsx/package-check';
import {
  encryptedWorkbook,
  garbledWorkbook,
  oldXls,
  plainZip,
  townshipWorkbook,
  truncatedWorkbook,
  withoutPart,
  wordDocument,
} from './bad-packages';
import { makeTempDir, sha256 } from './xlsx-files';

describe('sniffBytes', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a password-protected workbook', encryptedWorkbook(), 'encrypted'],
    ['an old .xls', oldXls(), 'old-excel'],
    ['a text file', new TextEncoder().encode('指标名称,本期'), 'not-zip'],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04]), null],
  ])('%s -> %j', (_, bytes, expected) => {
    expect(sniffBytes(bytes)).toBe(expected);
  });
});

describe('checkPackage', () => {
  it.each([
    ['a whole workbook', townshipWorkbook, null],
    ['a Word document', wordDocument, 'word'],
    ['a zip of other files', plainZip, 'not-workbook'],
    ['no workbook.xml', () => withoutPart('xl/workbook.xml'), 'damaged'],
    ['no sharedStrings.xml', () => withoutPart('xl/sharedStrings.xml'), 'damaged'],
    ['no worksheet', () => withoutPart('xl/worksheets/sheet1.xml'), 'damaged'],
    ['no [Content_Types].xml', () => withoutPart('[Content_Types].xml'), 'damaged'],
    ['no workbook relationships', () => withoutPart('xl/_rels/workbook.xml.rels'), 'damaged'],
    ['a cut-off zip', truncatedWorkbook, 'damaged'],
  ])('%s -> %j', async (_, make, expected) => {
    expect(await checkPackage(await make())).toBe(expected);
  });

  it('finds a garbled part only when looking deeply', async () => {
    const bytes = await garbledWorkbook();
    expect(await checkPackage(bytes)).toBeNull();
    expect(await checkPackageDeeply(bytes)).toBe('damaged');
    expect(await checkPackageDeeply(await townshipWorkbook())).toBeNull();
  });
});

describe('readInput: one clear Chinese line per bad package, naming the file', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it.each([
    ['empty', () => new Uint8Array(), '是空文件'],
    ['password', encryptedWorkbook, '文件“{path}”有密码，请去掉密码后再汇总'],
    ['old-xls', oldXls, '是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx'],
    ['word', wordDocument, '是 Word 文档'],
    ['zip', plainZip, '是压缩包，不是 Excel 工作簿'],
    ['no-workbook', () => withoutPart('xl/workbook.xml'), '已损坏'],
    ['no-shared-strings', () => withoutPart('xl/sharedStrings.xml'), '已损坏'],
    ['cut-off', truncatedWorkbook, '已损坏'],
    ['garbled', garbledWorkbook, '已损坏'],
  ])('%s', async (name, make, text) => {
    const path = join(temp.dir, `${name}.xlsx`);
    writeFileSync(path, await make());
    const before = sha256(path);
    const error = await readInput(path).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('UserError');
    expect(error?.message).toContain(text.replace('{path}', path));
    expect(error?.message).toContain(path);
    expect(error?.message).not.toContain('没有表头');
    expect(error?.message.split('\n')).toHaveLength(1);
    expect(sha256(path)).toBe(before);
  });

  it('reads .xlsm like .xlsx', async () => {
    const path = join(temp.dir, '甲镇.xlsm');
    writeFileSync(path, await townshipWorkbook());
    const grids = await readInput(path);
    expect(grids.file).toBe('甲镇.xlsm');
    expect(grids.sheets[0]?.rows[1]).toEqual(['工业总产值', '万元', 100, 90]);
  });
});
