import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_CASES, goldenMarkdown } from './golden-datasets';

describe('golden narratives (regenerate: npx tsx scripts/update-golden.ts)', () => {
  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))('%s.md is up to date', (name, c) => {
    const expected = readFileSync(join(__dirname, `${name}.md`), 'utf8');
    expect(goldenMarkdown(c)).toBe(expected);
  });
});
