import type { WorkbookGrids } from './grid';
import type { NarrativeOutputLocale } from './narrative/render-narrative';
import { hasTraditionalizer, installTraditionalizer } from './narrative/to-traditional';
import { hasSimplifier, installSimplifier, needsConversion } from './parse/traditional';

/** What a run may ask of the Chinese converters. */
export interface ConverterNeeds {
  /** The narrative language; zh-TW needs the Simplified -> Traditional converter. */
  readonly locale?: NarrativeOutputLocale;
  /** Other texts the engine will read (aliases, sheet names chosen as totals…). */
  readonly texts?: readonly string[];
}

/**
 * Whether any text of the inputs has a character the Traditional -> Simplified converter
 * may change: file and sheet names and every text cell (the parser converts labels,
 * headers, units, the 填报单位 line and township names, all of them among these).
 *
 * @example
 * gridsNeedSimplifier([{ sheets: [{ name: '东城镇', rows: [['規模以上工業產值']] }] }]) // true
 */
export function gridsNeedSimplifier(
  workbooks: readonly WorkbookGrids[],
  texts: readonly string[] = [],
): boolean {
  if (texts.some(needsConversion)) return true;
  for (const workbook of workbooks) {
    if (workbook.file !== undefined && needsConversion(workbook.file)) return true;
    for (const sheet of workbook.sheets) {
      if (needsConversion(sheet.name)) return true;
      if (sheet.file !== undefined && needsConversion(sheet.file)) return true;
      for (const row of sheet.rows) {
        for (const cell of row) {
          if (typeof cell === 'string' && needsConversion(cell)) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Loads (as separate chunks, in a browser) and installs the Chinese converters a run on
 * these grids needs, before the synchronous engine runs: Traditional -> Simplified only
 * when some input text has a Traditional character, Simplified -> Traditional only for
 * zh-TW output. A page on Simplified sheets loads neither.
 *
 * @example
 * await prepareConverters(workbooks);
 * runPipeline(workbooks);
 */
export async function prepareConverters(
  workbooks: readonly WorkbookGrids[],
  needs: ConverterNeeds = {},
): Promise<void> {
  const loads: Promise<void>[] = [];
  if (!hasSimplifier() && gridsNeedSimplifier(workbooks, needs.texts)) {
    loads.push(
      import(/* webpackChunkName: "opencc-t2cn" */ './parse/simplifier').then((m) =>
        installSimplifier(m.createSimplifier()),
      ),
    );
  }
  if (needs.locale === 'zh-TW' && !hasTraditionalizer()) {
    loads.push(
      import(/* webpackChunkName: "opencc-cn2t" */ './narrative/traditionalizer').then((m) =>
        installTraditionalizer(m.createTraditionalizer()),
      ),
    );
  }
  await Promise.all(loads);
}
