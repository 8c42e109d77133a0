import type { OutputSheet } from '../../core/output';
import { uniqueSheetName } from '../../core/grid/sheet-name';

/**
 * The output sheets' names made valid and unique beside `existingNames`, and the lookup
 * links use: a wanted sheet name to its written name (null when not written here).
 */
export function outputSheetNames(
  sheets: readonly OutputSheet[],
  existingNames: readonly string[],
): { names: string[]; sheetName: (wanted: string) => string | null } {
  const taken = [...existingNames];
  const renamed = new Map<string, string>(existingNames.map((name) => [name, name]));
  const names = sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    if (!renamed.has(sheet.name)) renamed.set(sheet.name, name);
    return name;
  });
  return { names, sheetName: (target) => renamed.get(target) ?? null };
}
