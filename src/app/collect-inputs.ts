import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { issue, type Issue } from '../core/diagnostics/issue';
import {
  isIgnoredName,
  isOldFormatName,
  isWorkbookName,
  oldFormatError,
  oldFormatNotice,
} from './input-formats';
import { UserError } from './user-error';

/** One file to read. */
export interface CollectedFile {
  /** The path to read: as given, or the folder as given joined with the name found. */
  readonly path: string;
  /** Found by searching a folder (not named on the command line). */
  readonly inFolder: boolean;
}

export interface CollectedInputs {
  /** The files to read, in order: inputs as given, a folder's files in name order. */
  readonly files: readonly CollectedFile[];
  /** What the user must know: old-format files left out (错误), subfolders searched (提示). */
  readonly notices: readonly Issue[];
  /** How many files were found in folders but are not read (old formats). */
  readonly skipped: number;
}

/** How many subfolder names a notice lists before "等". */
const LISTED_FOLDERS = 3;

/**
 * Expands the command line's paths into the files to read, in order. A file stays as it is
 * (reading reports a file that is not a workbook), except an .xls, .et or .csv named
 * explicitly: a one-line error, since the user meant it to count. A folder gives its .xlsx
 * and .xlsm files, subfolders included (files first, then each subfolder, in name order),
 * without Office lock files ("~$东城镇.xlsx") or hidden files; each .xls, .et or .csv in it
 * is a 错误 notice and the rest go on, and the subfolders searched are one 提示 per folder.
 * Throws a `UserError` for no paths, a path that does not exist, a folder without
 * workbooks (naming its old-format files, if any).
 *
 * @example
 * collectInputs(['乡镇报表', '园区.xlsx']).files.map((f) => f.path)
 * // ["乡镇报表/东城镇.xlsx", "乡镇报表/二组/西城镇.xlsm", "园区.xlsx"]
 */
export function collectInputs(paths: readonly string[]): CollectedInputs {
  if (paths.length === 0) throw new UserError('read.no-input');
  const files: CollectedFile[] = [];
  const notices: Issue[] = [];
  let skipped = 0;
  for (const path of paths) {
    const stat = statOrNull(path);
    if (stat === null) throw new UserError('read.file-missing', { file: path });
    if (!stat.isDirectory()) {
      if (isOldFormatName(path)) throw oldFormatError(path);
      files.push({ path, inFolder: false });
      continue;
    }
    const found = searchFolder(path);
    if (found.workbooks.length === 0) {
      if (found.oldFormats.length > 0) {
        throw new UserError('read.folder-old-formats-only', {
          file: path,
          files: found.oldFormats.map((f) => f.name).join('、'),
        });
      }
      throw new UserError('read.empty-folder', { file: path });
    }
    files.push(...found.workbooks.map((f) => ({ path: f.path, inFolder: true })));
    for (const old of found.oldFormats) notices.push(oldFormatNotice(old.path, old.name));
    skipped += found.oldFormats.length;
    const nested = found.workbooks.filter((f) => f.folder !== '');
    if (nested.length > 0) notices.push(subfolderNotice(path, nested));
  }
  return { files, notices, skipped };
}

interface FoundFile {
  readonly path: string;
  readonly name: string;
  /** The subfolder it is in, relative to the searched folder ('' at its top). */
  readonly folder: string;
}

/** A folder's workbooks and old-format files, subfolders included, in a stable order. */
function searchFolder(root: string): { workbooks: FoundFile[]; oldFormats: FoundFile[] } {
  const workbooks: FoundFile[] = [];
  const oldFormats: FoundFile[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, relative: string): void => {
    const real = realOrNull(folder);
    // A symbolic link back up the tree would loop for ever.
    if (real === null || visited.has(real)) return;
    visited.add(real);
    const subfolders: string[] = [];
    for (const name of readdirSync(folder).sort(byName)) {
      if (isIgnoredName(name)) continue;
      const path = join(folder, name);
      const stat = statOrNull(path);
      if (stat === null) continue;
      if (stat.isDirectory()) {
        subfolders.push(name);
      } else if (stat.isFile()) {
        if (isWorkbookName(name)) workbooks.push({ path, name, folder: relative });
        else if (isOldFormatName(name)) oldFormats.push({ path, name, folder: relative });
      }
    }
    for (const name of subfolders) {
      walk(join(folder, name), relative === '' ? name : join(relative, name));
    }
  };
  walk(root, '');
  return { workbooks, oldFormats };
}

function subfolderNotice(root: string, nested: readonly FoundFile[]): Issue {
  const folders = [...new Set(nested.map((f) => f.folder))];
  const listed = folders.slice(0, LISTED_FOLDERS).join('、');
  return issue(
    'read.subfolders',
    'info',
    {},
    {
      file: root,
      folders: folders.length > LISTED_FOLDERS ? `${listed}等 ${folders.length} 个` : listed,
      count: nested.length,
    },
  );
}

/**
 * A path's stat, or null when it does not exist or cannot be read.
 *
 * @example
 * statOrNull('乡镇报表')?.isDirectory() // true
 */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/** Name order as a person expects it: 2 before 10, Chinese by pinyin. */
function byName(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}
