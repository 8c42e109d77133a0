/**
 * The command line's outputs for the bundled example and every fixture, cell by cell
 * (values, formats, bold, wrap, links, merges, widths, panes, marker), against the snapshot
 * taken before the streaming reader and writer (scripts/snapshot-outputs.ts).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCase, snapshotCases } from '../helpers/output-cells';

const stored = JSON.parse(
  readFileSync(join(ROOT, 'test', 'snapshots', 'cli-output-cells.json'), 'utf8'),
) as Record<string, unknown>;
const fixtures = readdirSync(join(ROOT, 'test', 'fixtures'))
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'park-stats-snapshot-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every fixture has a stored snapshot', () => {
  expect(Object.keys(stored).sort()).toEqual(
    snapshotCases(fixtures)
      .map((c) => c.name)
      .sort(),
  );
});

test.each(snapshotCases(fixtures).map((c) => [c.name, c] as const))(
  'output of %s is cell for cell the stored one',
  async (name, c) => {
    const cells = await runCase(c, join(dir, `${name.replace(/\.xlsx$/, '')}-out.xlsx`));
    expect(cells).toEqual(stored[name]);
  },
);
