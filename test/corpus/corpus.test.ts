/**
 * The corpus runner: every case of every `test/corpus/cases/*.ts` (see `case.ts`), run
 * through the command line in-process on real files in a fresh folder.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Workbook } from 'exceljs';
import { runCli } from '../../src/cli/run-cli';
import type { JsonFinding, JsonReport } from '../../src/cli/json-report';
import type { CorpusCase, ExpectedFinding } from './case';
import { bytesOf, loadCases } from './load-cases';
import { captureIO } from '../helpers/capture-io';
import { FORBIDDEN_IN_OUTPUT } from '../helpers/forbidden-words';

const LEVEL_TEXT = { error: '错误', verify: '核实', info: '提示' } as const;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

async function writeCaseFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const [path, bytes] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
  }
}

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: readonly string[]): Promise<CliRun> {
  const c = captureIO();
  const code = await runCli(args, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

/** The `-o`/`--output` value of the arguments, if any. */
function outputOf(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === '-o' || arg === '--output') return args[i + 1];
    if (arg.startsWith('--output=')) return arg.slice('--output='.length);
  }
  return undefined;
}

/** The arguments without their `-o x` pair, with `--json` added. */
function jsonArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') i++;
    else if (!arg.startsWith('--output=')) out.push(arg);
  }
  return out.includes('--json') ? out : [...out, '--json'];
}

function sameFile(actual: string | null, expected: string): boolean {
  return actual !== null && (actual === expected || actual.endsWith(`/${expected}`));
}

function matches(f: JsonFinding, e: ExpectedFinding): boolean {
  return (
    f.level === e.level &&
    (e.code === undefined || f.code === e.code) &&
    (e.rule === undefined || f.rule === e.rule) &&
    (e.file === undefined || sameFile(f.file, e.file)) &&
    (e.sheet === undefined || f.sheet === e.sheet) &&
    (e.cell === undefined || f.cell === e.cell) &&
    (e.text === undefined || f.message.includes(e.text))
  );
}

function describeFindings(findings: readonly JsonFinding[]): string {
  return findings
    .map(
      (f) =>
        `  [${f.level}] ${f.rule}/${f.code} ${f.file ?? ''} ${f.sheet ?? ''}!${f.cell ?? ''}: ${f.message}`,
    )
    .join('\n');
}

/** A cell's value as text, for the forbidden-words check. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as {
      text?: unknown;
      richText?: { text: string }[];
      formula?: unknown;
      error?: unknown;
    };
    if (v.formula !== undefined) return `[formula ${String(v.formula)}]`;
    if (v.error !== undefined) return `[error ${String(v.error)}]`;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return '[object]';
}

/** The forbidden words and empty clauses in a text, with where they are. */
function faultsIn(where: string, text: string): string[] {
  const found = FORBIDDEN_IN_OUTPUT.filter((word) => text.includes(word)).map(
    (w) => `${where}: "${w}" in "${text}"`,
  );
  return found;
}

/** A paragraph that says nothing: a subject and a period, then a full stop ('丙乡1-6月。'). */
function isEmptyParagraph(text: string): boolean {
  return !/[，；：,;]/.test(text) && text.length <= 20;
}

interface SheetRows {
  readonly name: string;
  readonly rows: { address: string; value: unknown }[][];
}

async function readOutput(path: string): Promise<SheetRows[]> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((ws) => {
    const rows: { address: string; value: unknown }[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: { address: string; value: unknown }[] = [];
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push({ address: cell.address, value: cell.value }),
      );
      rows.push(cells);
    });
    return { name: ws.name, rows };
  });
}

const loaded = loadCases();

describe('corpus', () => {
  it('has unique case names across files', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { file, corpusCase } of loaded) {
      const before = seen.get(corpusCase.name);
      if (before !== undefined) clashes.push(`${corpusCase.name} (${before}, ${file})`);
      seen.set(corpusCase.name, file);
    }
    expect(clashes).toEqual([]);
  });

  if (loaded.length === 0) return;

  it.each(
    loaded.map(({ file, corpusCase }) => [`${file}: ${corpusCase.name}`, corpusCase] as const),
  )(
    '%s',
    async (_title, c) => {
      const bytes = new Map<string, Uint8Array>();
      for (const [path, content] of Object.entries(c.files))
        bytes.set(path, await bytesOf(content));
      const root = mkdtempSync(join(tmpdir(), 'park-corpus-'));
      try {
        await checkCase(c, bytes, root);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    30_000,
  );
});

async function checkCase(
  c: CorpusCase,
  bytes: ReadonlyMap<string, Uint8Array>,
  root: string,
): Promise<void> {
  const e = c.expect;
  // The run as given, in its own folder.
  const dir = join(root, 'run');
  mkdirSync(dir);
  await writeCaseFiles(dir, bytes);
  const sources = listFiles(dir);
  const hashes = new Map(sources.map((p) => [p, sha256(join(dir, p))]));
  const args = c.args.map((a) => a.split('{dir}').join(dir));
  const given = await run(args);
  const scrub = (text: string): string => text.split(dir).join('{dir}');

  expect({ code: given.code, stderr: scrub(given.stderr) }).toMatchObject({ code: e.exit });

  if (e.exit === 1) {
    const line = scrub(given.stderr);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    if (e.message !== undefined) expect(line).toContain(e.message);
    expect(line).not.toMatch(/E[A-Z]{3,}|Error:|\bat /);
  }

  // Source bytes unchanged; nothing but the output created or removed.
  for (const [path, hash] of hashes)
    expect({ path, hash: sha256(join(dir, path)) }).toEqual({ path, hash });
  const output = outputOf(args);
  const written =
    e.exit !== 1 && output !== undefined && !sources.includes(relative(dir, output))
      ? [relative(dir, output)]
      : [];
  expect(listFiles(dir)).toEqual(
    [...sources, ...written.filter((w) => !w.startsWith('..'))].sort(),
  );

  for (const text of e.terminal ?? []) expect(scrub(given.stdout)).toContain(text);
  if (e.exit === 1) return;

  // The --json run, in a fresh folder of the same files (the first run's output may lie
  // inside an input folder).
  const jsonDir = join(root, 'json');
  mkdirSync(jsonDir);
  await writeCaseFiles(jsonDir, bytes);
  const jsonRun = await run(jsonArgs(c.args.map((a) => a.split('{dir}').join(jsonDir))));
  expect({ code: jsonRun.code, stderr: jsonRun.stderr }).toMatchObject({ code: e.exit });
  const report = JSON.parse(jsonRun.stdout) as JsonReport;

  for (const expected of e.findings ?? []) {
    if (!report.findings.some((f) => matches(f, expected))) {
      throw new Error(
        `expected finding ${JSON.stringify(expected)} not among:\n${describeFindings(report.findings)}`,
      );
    }
  }
  for (const forbidden of e.absent ?? []) {
    const hit = report.findings.filter((f) => matches(f, forbidden));
    if (hit.length > 0) {
      throw new Error(
        `finding ${JSON.stringify(forbidden)} must be absent:\n${describeFindings(hit)}`,
      );
    }
  }
  if (e.townships !== undefined) expect(report.townships).toEqual(e.townships);
  for (const [name, value] of Object.entries(e.totals ?? {})) {
    const total = report.totals.find((t) => t.name === name);
    if (total === undefined) {
      throw new Error(
        `no total named ${name}; have ${report.totals.map((t) => t.name).join('、')}`,
      );
    }
    if (value === null) expect({ name, current: total.current }).toEqual({ name, current: null });
    else {
      expect(total.current).not.toBeNull();
      expect({ name, current: Number((total.current as number).toPrecision(12)) }).toEqual({
        name,
        current: Number(value.toPrecision(12)),
      });
    }
  }

  // Findings in the terminal, when it shows them all.
  const nonInfo = report.findings.filter((f) => f.level !== 'info');
  if (!args.includes('--json') && nonInfo.length <= 10) {
    for (const expected of e.findings ?? []) {
      if (expected.level === 'info') continue;
      if (expected.text !== undefined) expect(scrub(given.stdout)).toContain(expected.text);
      if (expected.sheet !== undefined && expected.cell !== undefined) {
        expect(given.stdout).toContain(`${expected.sheet}!${expected.cell}`);
      }
    }
  }

  // No paragraph with a forbidden word or saying nothing.
  const faults: string[] = [];
  for (const p of report.narrative) {
    faults.push(...faultsIn('综述', p.text));
    if (isEmptyParagraph(p.text)) faults.push(`综述: empty paragraph "${p.text}"`);
  }

  // The written result: findings in the 审核 sheet; no forbidden word in any cell.
  if (output !== undefined) {
    const sheets = await readOutput(output);
    for (const sheet of sheets) {
      for (const row of sheet.rows) {
        for (const cell of row)
          faults.push(...faultsIn(`${sheet.name}!${cell.address}`, cellText(cell.value)));
      }
    }
    const audit = sheets.find((s) => s.name === '审核');
    expect(audit).toBeDefined();
    const auditRows = (audit?.rows ?? []).map((row) => row.map((cell) => cellText(cell.value)));
    for (const expected of e.findings ?? []) {
      const found = auditRows.some(
        (r) =>
          r[0] === LEVEL_TEXT[expected.level] &&
          (expected.sheet === undefined || (r[2] ?? '').includes(expected.sheet)) &&
          (expected.file === undefined || (r[2] ?? '').includes(expected.file)) &&
          (expected.cell === undefined || r[3] === expected.cell) &&
          (expected.text === undefined || (r[5] ?? '').includes(expected.text)),
      );
      if (!found) {
        throw new Error(
          `expected finding ${JSON.stringify(expected)} not in the 审核 sheet:\n${auditRows.map((r) => r.join(' | ')).join('\n')}`,
        );
      }
    }
  }
  expect(faults).toEqual([]);
}
