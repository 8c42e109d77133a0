/**
 * Draws the pictures of docs/charts.md (npm run chart-images): the three charts of the
 * example county (examples/县域示例-无差错.xlsx), with the renderer the command line uses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installConverters } from '../src/app/install-converters';
import { runPipeline } from '../src/core/pipeline';
import { renderCharts } from '../src/host/charts/render-chart-images';
import { readWorkbookFile } from '../src/host/xlsx/read-workbook-file';

installConverters();

const ROOT = join(__dirname, '..');
const NAMES = ['chart-value.png', 'chart-growth.png', 'chart-completion.png'];

async function main(): Promise<void> {
  const grids = await readWorkbookFile(join(ROOT, 'examples', '县域示例-无差错.xlsx'));
  const result = runPipeline([grids]);
  const { images, notes } = await renderCharts(result.consolidation, {}, result.words);
  if (images.length !== NAMES.length) throw new Error(`expected 3 charts: ${notes.join('; ')}`);
  images.forEach((image, i) => {
    const file = join(ROOT, 'docs', 'images', NAMES[i]!);
    writeFileSync(file, image.png);
    console.log(
      `${file}: ${image.title}, ${image.widthPx}×${image.heightPx}, ${image.png.length} bytes`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
