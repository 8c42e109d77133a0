/**
 * Stores the cell values of the command line's outputs for the bundled example and the
 * fixtures (test/snapshots/cli-output-cells.json), to prove a reader or writer change
 * leaves them identical (test/integration/output-snapshot.test.ts):
 *
 *   npx tsx scripts/snapshot-outputs.ts
 *
 * Only regenerate when an output change is intended, and read the diff.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCase, snapshotCases } from '../test/helpers/output-cells';

async function main(): Promise<void> {
  const fixtures = readdirSync(join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'park-stats-snapshot-'));
  const all: Record<string, unknown> = {};
  for (const c of snapshotCases(fixtures)) {
    all[c.name] = await runCase(c, join(dir, `${c.name.replace(/\.xlsx$/, '')}-out.xlsx`));
  }
  const file = join(ROOT, 'test', 'snapshots', 'cli-output-cells.json');
  writeFileSync(file, `${JSON.stringify(all, null, 1)}\n`, 'utf8');
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
