/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, required by webpack.config.js */
// Gzip budgets of the add-in's pages (issue 13 §4), checked by the production build
// (webpack.config.js, BundleBudgetPlugin), reported by `npm run bench` and tested by
// test/addin/bundle-budget.test.ts. CommonJS: webpack.config.js requires it as it is.
const zlib = require('node:zlib');

/** Gzip bytes allowed for each page's initial JavaScript (what loads before it shows). */
const BUDGETS = { taskpane: 250 * 1024, commands: 150 * 1024, standalone: 300 * 1024 };

/** The report file the build writes beside the bundles. */
const REPORT_FILE = 'bundle-report.json';

/**
 * Bytes of `source` (string or Buffer) after gzip at the level web servers use by default.
 *
 * @example gzipSize('aaaa') // 24
 */
function gzipSize(source) {
  return zlib.gzipSync(source, { level: 9 }).length;
}

/**
 * The pages over their budget, as one line each (empty when all fit).
 *
 * @example overBudget({ pages: { commands: { initialGzip: 200000 } } }) // ['commands: …']
 */
function overBudget(report, budgets = BUDGETS) {
  const lines = [];
  for (const [page, budget] of Object.entries(budgets)) {
    const found = report.pages[page];
    if (found === undefined) lines.push(`${page}: no such entry point in the build`);
    else if (found.initialGzip > budget) {
      lines.push(
        `${page}: initial JavaScript is ${kb(found.initialGzip)} KB gzip, over its budget of ${kb(budget)} KB`,
      );
    }
  }
  return lines;
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

/** The npm packages a chunk's modules come from ("src" for our own code). */
function chunkPackages(compilation, chunk) {
  const names = new Set();
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    const inner = module.modules ?? [module];
    for (const m of inner) {
      const resource = m.resource ?? '';
      const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource);
      if (match) names.add(match[1].replace('\\', '/'));
      else if (resource !== '') names.add('src');
    }
  }
  return [...names].sort();
}

/**
 * Writes `bundle-report.json` (each page's initial files, their gzip size and the packages
 * in them; every other script with its size and packages) and, in production, fails the
 * build when a page is over its budget.
 */
class BundleBudgetPlugin {
  constructor(options) {
    this.enforce = options.enforce;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BundleBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const sizeOf = (file) => gzipSize(compilation.getAsset(file).source.buffer());
          const pages = {};
          const initial = new Set();
          for (const [name, entrypoint] of compilation.entrypoints) {
            const files = entrypoint.getFiles().filter((f) => f.endsWith('.js'));
            files.forEach((f) => initial.add(f));
            const packages = new Set();
            for (const chunk of entrypoint.chunks) {
              chunkPackages(compilation, chunk).forEach((p) => packages.add(p));
            }
            pages[name] = {
              initial: files,
              initialGzip: files.reduce((sum, f) => sum + sizeOf(f), 0),
              packages: [...packages].sort(),
            };
          }
          const lazy = [];
          for (const chunk of compilation.chunks) {
            for (const file of chunk.files) {
              if (!file.endsWith('.js') || initial.has(file)) continue;
              lazy.push({
                file,
                name: chunk.name ?? null,
                gzip: sizeOf(file),
                packages: chunkPackages(compilation, chunk),
              });
            }
          }
          const report = { mode: compiler.options.mode, budgets: BUDGETS, pages, lazy };
          compilation.emitAsset(
            REPORT_FILE,
            new sources.RawSource(`${JSON.stringify(report, null, 2)}\n`),
          );
          if (!this.enforce) return;
          for (const line of overBudget(report)) {
            compilation.errors.push(new WebpackError(`Bundle budget: ${line}`));
          }
        },
      );
    });
  }
}

module.exports = { BUDGETS, REPORT_FILE, gzipSize, overBudget, BundleBudgetPlugin };
