/**
 * Writes every corpus case to disk for a person to open in Excel:
 * `<out>/<case name>/` holds the case's files and a `case.json` with its arguments and
 * expectations. Run: `npx tsx test/corpus/make-corpus.ts [outDir]` (default
 * `test/corpus/out/`), or `npm run corpus`.
 *
 * @example
 * // npm run corpus -- /tmp/corpus
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bytesOf, loadCases } from './load-cases';

/** Writes the cases under `out` and returns how many were written. */
export async function makeCorpus(out: string): Promise<number> {
  const cases = loadCases();
  for (const { corpusCase: c } of cases) {
    const dir = join(out, c.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [path, content] of Object.entries(c.files)) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, await bytesOf(content));
    }
    writeFileSync(
      join(dir, 'case.json'),
      `${JSON.stringify({ name: c.name, args: c.args, expect: c.expect }, null, 2)}\n`,
    );
  }
  return cases.length;
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? join(__dirname, 'out'));
  makeCorpus(out).then(
    (count) => process.stdout.write(`${count} cases → ${out}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
