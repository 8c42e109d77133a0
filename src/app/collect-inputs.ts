import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './user-error';

/**
 * Expands the command line's paths into the files to read, in order: a file stays as it
 * is (whatever its extension: reading reports a non-.xlsx file); a folder gives its
 * *.xlsx files in name order, without Office lock files ("~$东城镇.xlsx") or subfolders.
 * Throws a `UserError` for no paths, a path that does not exist, or a folder without
 * workbooks.
 *
 * @example
 * collectInputs(['乡镇报表', '园区.xlsx'])
 * // ["乡镇报表/东城镇.xlsx", "乡镇报表/西城镇.xlsx", "园区.xlsx"]
 */
export function collectInputs(paths: readonly string[]): string[] {
  if (paths.length === 0) throw new UserError('read.no-input');
  const files: string[] = [];
  for (const path of paths) {
    const stat = statOrNull(path);
    if (stat === null) throw new UserError('read.file-missing', { file: path });
    if (!stat.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = readdirSync(path)
      .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$'))
      .filter((name) => statOrNull(join(path, name))?.isFile() === true)
      .sort(byName);
    if (names.length === 0) throw new UserError('read.empty-folder', { file: path });
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** Name order as a person expects it: 2 before 10, Chinese by pinyin. */
function byName(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}
