/**
 * Throughput benchmark (npm run bench): generates workbooks of sheets × indicator rows,
 * then
 * - whole process, side by side (issue #17): the pandas peer (../shared/bench/peer-pandas.py),
 *   the floor (exceljs reads the file and writes it back, scripts/lib/bench-floor.ts) and
 *   the command line (`park-stats FILE -o OUT`), interleaved, medians of wall time and
 *   peak RSS, with the ratios; and `park-stats --help` against `node -e 0`;
 * - in process, as the command line does them: read (readWorkbook on the bytes, unzipped
 *   by zlib), each engine stage on the grids, and write (writeWorkbookFile of the output
 *   sheets to a file).
 * Prints figures only; asserts nothing.
 *
 *   npm run bench                    # 20×60, 100×200 (about 2-3 minutes)
 *   npm run bench -- --large         # and 1000×200 (several minutes more)
 *   npm run bench -- --sizes 10x50,200x100
 *   npm run bench -- --reps 5        # whole-process repetitions (default 3)
 *   npm run bench -- --no-stages     # whole process only
 *   npm run bench -- --bundle-only        # only the add-in's gzip sizes (builds it first)
 *   npm run bench -- --no-build           # sizes of the dist-addin/ already built
 *
 * After the sizes: the time to check a 20-page draft (~400 figures) against a 20-township
 * county (scripts/lib/draft-bench.ts), with its ratio to the narrative render.
 *
 * Each size runs in its own child process so peak RSS (process.resourceUsage().maxRSS) is
 * per size. It runs compiled by tsc into bench-out/build, the JavaScript the command line
 * ships, not through tsx. Generated files go to bench-out/ (git-ignored), from the
 * project root (where npm runs scripts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installConverters } from '../src/app/install-converters';
import { runPipeline, type StageRunner } from '../src/core/pipeline';
import { textWidth } from '../src/core/output/column-width';
import { readWorkbook } from '../src/host/xlsx';
import { openWithNodeZlib } from '../src/host/xlsx/node-archive';
import { writeWorkbookFile } from '../src/host/xlsx/write-workbook-file';
import { benchDraftCheck } from './lib/draft-bench';
import {
  round,
  seededRandom,
  sheetsToBuffer,
  type SheetSpec,
  type SpecCell,
} from './lib/sheet-writer';
import {
  compareProcesses,
  nodeContender,
  peerContender,
  preparePeer,
  type Contender,
  type ProcessFigures,
} from './lib/whole-process';

// As the command line: both Chinese converters installed before any engine run.
installConverters();

const OUT_DIR = join(process.cwd(), 'bench-out');
const DEFAULT_SIZES = ['20x60', '100x200'];
const LARGE_SIZE = '1000x200';
/** The compiled command line and floor, next to this script in bench-out/build. */
const CLI_SCRIPT = join(__dirname, '..', 'src', 'cli', 'main.js');
const FLOOR_SCRIPT = join(__dirname, 'lib', 'bench-floor.js');
const PEER_SCRIPT = join(process.cwd(), '..', 'shared', 'bench', 'peer-pandas.py');
const COLUMNS = 7;

interface Size {
  readonly sheets: number;
  readonly rows: number;
}

interface Measure {
  readonly size: string;
  readonly cells: number;
  readonly bytes: number;
  readonly readMs: number;
  readonly stages: ReadonlyArray<{ name: string; ms: number }>;
  readonly writeMs: number;
  readonly maxRssMb: number;
}

/** The engine stages as `runPipeline` names them, in the order it runs them. */
const STAGE_NAMES = [
  'parse',
  'consolidate',
  'audit',
  'narrative',
  'output:汇总',
  'output:分乡镇',
  'output:审核',
  'output:综述',
] as const;

function parseSize(text: string): Size {
  const m = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`bad size "${text}" (want SHEETSxROWS, e.g. 100x200)`);
  return { sheets: Number(m[1]), rows: Number(m[2]) };
}

/** A township sheet: title, meta line, standard header, `rows` indicators (every 5th a 其中). */
function benchSheet(index: number, rows: number, rnd: () => number): SheetSpec {
  const name = `乡镇${String(index + 1).padStart(4, '0')}`;
  const out: SpecCell[][] = [
    [`${name}园区主要经济指标完成情况（2025年1-6月）`],
    [`填报单位：${name}`, null, null, null, null, null, '单位：万元'],
    ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)', '全年目标', '完成目标(%)'],
  ];
  let parent = 0;
  let parentCurrent = 0;
  let parentPrevious = 0;
  for (let r = 0; r < rows; r++) {
    const child = r % 5 !== 0;
    if (!child) parent = r;
    const label = child ? `其中：指标${parent + 1}-${r - parent}` : `指标${r + 1}`;
    // Data as offices send it: mostly consistent (each of the four 其中 items 5-25% of its
    // parent, so the audit finds what real sheets have, not thousands of planted faults),
    // two decimals for items, as a clerk types them.
    const share = 0.05 + rnd() * 0.2;
    const current = child ? round(parentCurrent * share, 2) : round(1000 + rnd() * 100000, 1);
    const previous = child
      ? round(parentPrevious * share, 2)
      : round(current / (0.85 + rnd() * 0.5), 1);
    if (!child) {
      parentCurrent = current;
      parentPrevious = previous;
    }
    const target = round(current / (0.4 + rnd() * 0.2));
    out.push([
      label,
      '万元',
      current,
      previous,
      round((current / previous - 1) * 100, 1),
      child ? null : target,
      child ? null : round((current / target) * 100, 1),
    ]);
  }
  return { name, rows: out };
}

async function generate(size: Size): Promise<string> {
  const path = join(OUT_DIR, `bench-${size.sheets}x${size.rows}.xlsx`);
  if (existsSync(path)) return path;
  const rnd = seededRandom(size.sheets * 1000 + size.rows);
  const sheets = Array.from({ length: size.sheets }, (_, i) => benchSheet(i, size.rows, rnd));
  writeFileSync(path, await sheetsToBuffer(sheets));
  return path;
}

/** A full collection when node runs with --expose-gc (the child processes do). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs one size in this process and returns its figures. */
async function measure(text: string): Promise<Measure> {
  const size = parseSize(text);
  const path = await generate(size);
  const bytes = new Uint8Array(readFileSync(path));
  let t = process.hrtime.bigint();
  const grids = await readWorkbook(bytes, path, openWithNodeZlib);
  const readMs = ms(t);
  // The reader's garbage (exceljs holds the whole workbook while reading) is collected
  // here, outside both timings, so the engine is not charged for the reader's heap.
  collectGarbage();
  const stages: Array<{ name: string; ms: number }> = [];
  const timed: StageRunner = (name, run) => {
    const start = process.hrtime.bigint();
    const result = run();
    stages.push({ name, ms: ms(start) });
    return result;
  };
  const result = runPipeline([grids], {}, timed);
  collectGarbage();
  t = process.hrtime.bigint();
  const written = join(OUT_DIR, `stage-${text}.xlsx`);
  await writeWorkbookFile(result.sheets, written);
  const writeMs = ms(t);
  rmSync(written, { force: true });
  return {
    size: text,
    cells: size.sheets * (size.rows + 3) * COLUMNS,
    bytes: bytes.byteLength,
    readMs,
    stages,
    writeMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function stageMs(m: Measure, name: string): number {
  return m.stages.filter((s) => s.name === name).reduce((a, s) => a + s.ms, 0);
}

/** parse + consolidate: the engine proper, the figure the ≤ 10% of read target is about. */
function engineMs(m: Measure): number {
  return stageMs(m, 'parse') + stageMs(m, 'consolidate');
}

function outputMs(m: Measure): number {
  return m.stages.filter((s) => s.name.startsWith('output:')).reduce((a, s) => a + s.ms, 0);
}

function printTable(results: readonly Measure[]): void {
  const columns: ReadonlyArray<readonly [string, (m: Measure) => string]> = [
    ['size', (m) => m.size],
    ['cells', (m) => fmt(m.cells)],
    ['file KB', (m) => fmt(m.bytes / 1024)],
    ['read ms', (m) => fmt(m.readMs, 1)],
    ...STAGE_NAMES.map(
      (name) =>
        [`${name.replace('output:', '')} ms`, (m: Measure) => fmt(stageMs(m, name), 1)] as const,
    ),
    ['output ms', (m) => fmt(outputMs(m), 1)],
    ['engine ms', (m) => fmt(engineMs(m), 1)],
    ['audit ms', (m) => fmt(stageMs(m, 'audit'), 1)],
    ['engine/read', (m) => fmt(engineMs(m) / m.readMs, 3)],
    ['audit/read', (m) => fmt(stageMs(m, 'audit') / m.readMs, 3)],
    ['write ms', (m) => fmt(m.writeMs, 1)],
    ['read cells/ms', (m) => fmt(m.cells / m.readMs, 1)],
    ['engine cells/ms', (m) => fmt(m.cells / engineMs(m), 1)],
    ['all stages cells/ms', (m) => fmt(m.cells / m.stages.reduce((a, s) => a + s.ms, 0), 1)],
    ['write cells/ms', (m) => fmt(m.cells / m.writeMs, 1)],
    ['peak RSS MB', (m) => fmt(m.maxRssMb, 0)],
  ];
  // One line per figure (the sizes side by side): too many figures for one row per size.
  const header = ['', ...results.map((m) => m.size)];
  const rows = columns.slice(1).map(([name, cell]) => [name, ...results.map(cell)]);
  printColumns([header, ...rows]);
  console.log('\nlinearity (vs the first size): cells ratio, read, engine, all stages, write');
  const base = results[0];
  if (!base) return;
  const all = (m: Measure) => m.stages.reduce((a, s) => a + s.ms, 0);
  for (const m of results.slice(1)) {
    console.log(
      `  ${m.size}: ×${fmt(m.cells / base.cells, 1)} cells, ×${fmt(m.readMs / base.readMs, 1)} read, ×${fmt(engineMs(m) / engineMs(base), 1)} engine, ×${fmt(all(m) / all(base), 1)} all stages, ×${fmt(m.writeMs / base.writeMs, 1)} write`,
    );
  }
}

/** A page of the production build: its initial scripts' gzip size against its budget. */
interface BundleReport {
  readonly mode: string;
  readonly budgets: Readonly<Record<string, number>>;
  readonly pages: Readonly<Record<string, { initial: string[]; initialGzip: number }>>;
  readonly lazy: readonly { file: string; gzip: number; packages: string[] }[];
}

/**
 * Builds the add-in for production (unless --no-build) and prints each page's initial
 * JavaScript in gzip KB against its budget, then every lazy chunk.
 */
function printBundleSizes(build: boolean): void {
  if (build) {
    process.stderr.write('building the add-in for production…\n');
    execFileSync('npx', ['webpack', '--mode', 'production', '--stats', 'errors-warnings'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const file = join(process.cwd(), 'dist-addin', 'bundle-report.json');
  if (!existsSync(file)) {
    console.log('bundle sizes: dist-addin/bundle-report.json missing (npm run build)');
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as BundleReport;
  const kb = (bytes: number) => fmt(bytes / 1024, 1);
  console.log(`\nbundle sizes (${report.mode} build, gzip KB)`);
  for (const [page, sizes] of Object.entries(report.pages)) {
    const budget = report.budgets[page];
    const limit = budget === undefined ? '' : ` / budget ${kb(budget)}`;
    console.log(`  ${page} initial: ${kb(sizes.initialGzip)}${limit}`);
  }
  for (const chunk of report.lazy) {
    console.log(`  lazy ${chunk.file}: ${kb(chunk.gzip)} (${chunk.packages.join(', ')})`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--bundle-only')) {
    printBundleSizes(!args.includes('--no-build'));
    return;
  }
  const child = args.indexOf('--child');
  if (child >= 0) {
    const result = await measure(args[child + 1] ?? '');
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? (args[sizesArg + 1] ?? '').split(',') : [...DEFAULT_SIZES];
  if (args.includes('--large') && !sizes.includes(LARGE_SIZE)) sizes.push(LARGE_SIZE);
  const repsArg = args.indexOf('--reps');
  const reps = repsArg >= 0 ? Math.max(1, Number(args[repsArg + 1]) || 1) : 3;
  await printWholeProcess(sizes, reps);
  if (!args.includes('--no-stages')) printTable(await measureInChildren(sizes));
  benchDraftCheck();
  printBundleSizes(!args.includes('--no-build'));
}

/** Each size in its own child process (peak RSS per size), figures of every stage. */
async function measureInChildren(sizes: readonly string[]): Promise<Measure[]> {
  const results: Measure[] = [];
  for (const size of sizes) {
    process.stderr.write(`running ${size}…\n`);
    const argv = [...process.execArgv, '--expose-gc', __filename, '--child', size];
    const out = execFileSync(process.execPath, argv, {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const last = out.trim().split('\n').pop() ?? '{}';
    results.push(JSON.parse(last) as Measure);
  }
  return results;
}

/** The issue #17 goals, checked against the whole-process figures. */
const GOALS = {
  peerRatioLarge: 3,
  peerRatioTypical: 2,
  rssLargeMb: 400,
  helpMs: 250,
  typicalMs: 600,
} as const;

/**
 * The whole-process table: peer, floor and command line side by side for every size,
 * then the start-up line and the goals of issue #17.
 */
async function printWholeProcess(sizes: readonly string[], reps: number): Promise<void> {
  const missingPeer = preparePeer(PEER_SCRIPT);
  const contenders: Contender[] = [
    ...(missingPeer === null ? [peerContender(PEER_SCRIPT)] : []),
    nodeContender('floor', FLOOR_SCRIPT, false),
    // The peer writes no pictures: the like-for-like run is --no-charts; the default run,
    // with the 图表 sheet, is shown beside it.
    nodeContender('cli', CLI_SCRIPT, true, ['--no-charts']),
    nodeContender('cli+charts', CLI_SCRIPT, true),
  ];
  if (missingPeer !== null) console.log(`peer skipped: ${missingPeer}`);
  const bySize = new Map<string, ProcessFigures[]>();
  for (const size of sizes) {
    const path = await generate(parseSize(size));
    process.stderr.write(`whole process ${size} ×${reps}…\n`);
    bySize.set(size, compareProcesses(contenders, path, reps));
  }
  process.stderr.write(`start-up ×${Math.max(reps, 5)}…\n`);
  const startUp = compareProcesses(
    [
      { name: 'node -e 0', argv: () => [process.execPath, '-e', '0'] },
      { name: '--help', argv: () => [process.execPath, CLI_SCRIPT, '--help'] },
    ],
    '',
    Math.max(reps, 5),
  );
  const get = (size: string, name: string) => bySize.get(size)?.find((f) => f.name === name);
  const mb = (f: ProcessFigures | undefined) =>
    f?.maxRssMb === null || f === undefined ? 'n/a' : fmt(f.maxRssMb);
  const ratio = (a: ProcessFigures | undefined, b: ProcessFigures | undefined) =>
    a === undefined || b === undefined ? 'n/a' : `${fmt(a.wallMs / b.wallMs, 2)}×`;
  const rows: string[][] = [
    [
      'size',
      'peer ms',
      'floor ms',
      'cli ms',
      'peer/cli',
      'cli/floor',
      'peer MB',
      'floor MB',
      'cli MB',
      'cli+charts ms',
      'cli+charts MB',
    ],
  ];
  for (const size of sizes) {
    const [peer, floor, cli] = [get(size, 'peer'), get(size, 'floor'), get(size, 'cli')];
    rows.push([
      size,
      peer === undefined ? 'n/a' : fmt(peer.wallMs),
      fmt(floor?.wallMs ?? 0),
      fmt(cli?.wallMs ?? 0),
      ratio(peer, cli),
      ratio(cli, floor),
      mb(peer),
      mb(floor),
      mb(cli),
      fmt(get(size, 'cli+charts')?.wallMs ?? 0),
      mb(get(size, 'cli+charts')),
    ]);
  }
  console.log(
    `whole process, median of ${reps} interleaved runs (wall ms, peak RSS MB); cli = --no-charts`,
  );
  printColumns(rows);
  const chartCost = sizes.map(
    (size) => `${size} ${ratio(get(size, 'cli+charts'), get(size, 'cli'))}`,
  );
  console.log(`default run (图表) / --no-charts: ${chartCost.join(', ')}`);
  const [bare, help] = startUp;
  console.log(
    `start-up: --help ${fmt(help?.wallMs ?? 0)} ms, node -e 0 ${fmt(bare?.wallMs ?? 0)} ms (ratio ${ratio(help, bare)})`,
  );
  const goal = (text: string, met: boolean | null) =>
    console.log(`  ${met === null ? 'n/a ' : met ? 'met ' : 'MISS'} ${text}`);
  const check = (size: string, test: (f: ProcessFigures, p: ProcessFigures) => boolean) => {
    const [cli, peer] = [get(size, 'cli'), get(size, 'peer')];
    return cli === undefined || peer === undefined ? null : test(cli, peer);
  };
  console.log('goals (issue #17):');
  goal(
    `${LARGE_SIZE}: peer/cli ≥ ${GOALS.peerRatioLarge}`,
    check(LARGE_SIZE, (c, p) => p.wallMs / c.wallMs >= GOALS.peerRatioLarge),
  );
  goal(
    `20x60: peer/cli ≥ ${GOALS.peerRatioTypical}`,
    check('20x60', (c, p) => p.wallMs / c.wallMs >= GOALS.peerRatioTypical),
  );
  const large = get(LARGE_SIZE, 'cli');
  goal(
    `${LARGE_SIZE}: cli peak RSS ≤ ${GOALS.rssLargeMb} MB`,
    large?.maxRssMb === null || large === undefined ? null : large.maxRssMb <= GOALS.rssLargeMb,
  );
  // Not in the issue: the same bar for the default run, whose 图表 sheet holds pictures.
  const largeDefault = get(LARGE_SIZE, 'cli+charts');
  goal(
    `${LARGE_SIZE}: default run (图表) peak RSS ≤ ${GOALS.rssLargeMb} MB`,
    largeDefault?.maxRssMb === null || largeDefault === undefined
      ? null
      : largeDefault.maxRssMb <= GOALS.rssLargeMb,
  );
  goal(`--help ≤ ${GOALS.helpMs} ms`, help === undefined ? null : help.wallMs <= GOALS.helpMs);
  const typical = get('20x60', 'cli');
  goal(
    `20x60 run ≤ ${GOALS.typicalMs} ms`,
    typical === undefined ? null : typical.wallMs <= GOALS.typicalMs,
  );
  console.log('');
}

/** Prints rows as aligned columns (first left, the others right). */
function printColumns(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => textWidth(r[i] ?? ''))));
  for (const r of rows) {
    console.log(
      r
        .map((c, i) =>
          i === 0
            ? c + ' '.repeat((widths[i] ?? 0) - textWidth(c))
            : ' '.repeat((widths[i] ?? 0) - textWidth(c)) + c,
        )
        .join('  '),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
