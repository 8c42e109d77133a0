/** Finds the corpus cases (`cases/*.ts`) and makes their files' bytes. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusBytes, CorpusCase } from './case';

const CASES_DIR = join(__dirname, 'cases');

/** A case and the file of `cases/` it came from. */
export interface LoadedCase {
  readonly file: string;
  readonly corpusCase: CorpusCase;
}

/**
 * Every case of every `test/corpus/cases/*.ts` (each exports `cases`), in file order.
 *
 * @example
 * loadCases().map((c) => c.corpusCase.name) // ['一个工作簿多个乡镇表', …]
 */
export function loadCases(): LoadedCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(CASES_DIR, file)) as { cases?: readonly CorpusCase[] };
      if (!Array.isArray(mod.cases)) throw new TypeError(`${file} does not export cases`);
      return mod.cases.map((corpusCase) => ({ file, corpusCase }));
    });
}

/**
 * A case file's bytes: as given, text as UTF-8, or made by its function.
 *
 * @example
 * await bytesOf('指标名称') // Uint8Array of the UTF-8 text
 */
export async function bytesOf(content: CorpusBytes): Promise<Uint8Array> {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  if (content instanceof Uint8Array) return content;
  return content();
}
