/**
 * Regenerates the golden narratives (test/golden/*.md) from test/golden/golden-datasets.ts:
 *
 *   npx tsx scripts/update-golden.ts
 *
 * Review the diff before committing: it is the narrative as users will read it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installConverters } from '../src/app/install-converters';
import { GOLDEN_CASES, goldenMarkdown } from '../test/golden/golden-datasets';

installConverters();

for (const c of GOLDEN_CASES) {
  const file = join(__dirname, '..', 'test', 'golden', `${c.name}.md`);
  writeFileSync(file, goldenMarkdown(c), 'utf8');
  process.stdout.write(`wrote ${file}\n`);
}
