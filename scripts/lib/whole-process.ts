/**
 * Whole-process timings for `npm run bench`: the command line, the exceljs floor and the
 * pandas peer each run as their own process on the same file, interleaved, several times;
 * medians of wall time and peak RSS (through /usr/bin/time when the machine has it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One contender: a command run as `argv[0] argv[1..] IN OUT`. */
export interface Contender {
  readonly name: string;
  readonly argv: (input: string, output: string) => readonly string[];
}

/** Medians of one contender on one file. */
export interface ProcessFigures {
  readonly name: string;
  readonly wallMs: number;
  readonly maxRssMb: number | null;
  readonly runs: number;
}

const TIME = '/usr/bin/time';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs one command once: wall ms and peak RSS in MB (null without /usr/bin/time). */
function runOnce(argv: readonly string[]): { wallMs: number; maxRssMb: number | null } {
  const withTime = existsSync(TIME);
  const dir = withTime ? mkdtempSync(join(tmpdir(), 'bench-time-')) : '';
  const rssFile = join(dir, 'rss');
  const command = withTime ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : [...argv];
  const start = process.hrtime.bigint();
  const run = spawnSync(command[0] as string, command.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) {
    throw new Error(`${argv.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  let maxRssMb: number | null = null;
  if (withTime) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    maxRssMb = Number.isFinite(kb) ? kb / 1024 : null;
    rmSync(dir, { recursive: true, force: true });
  }
  return { wallMs, maxRssMb };
}

/**
 * Runs every contender `reps` times on `input`, interleaved (A B C A B C …) so that the
 * machine's load falls on all of them alike, and returns their medians.
 */
export function compareProcesses(
  contenders: readonly Contender[],
  input: string,
  reps: number,
): ProcessFigures[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-out-'));
  const walls = contenders.map(() => [] as number[]);
  const rss = contenders.map(() => [] as number[]);
  try {
    for (let rep = 0; rep < reps; rep++) {
      contenders.forEach((contender, i) => {
        const out = join(dir, `${i}-${rep}.xlsx`);
        const { wallMs, maxRssMb } = runOnce(contender.argv(input, out));
        walls[i]?.push(wallMs);
        if (maxRssMb !== null) rss[i]?.push(maxRssMb);
        rmSync(out, { force: true });
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return contenders.map((contender, i) => ({
    name: contender.name,
    wallMs: median(walls[i] ?? []),
    maxRssMb: (rss[i] ?? []).length > 0 ? median(rss[i] ?? []) : null,
    runs: reps,
  }));
}

const PYTHON = '/usr/bin/python3';
const PEER_MODULES = 'import pandas, openpyxl';

function peerReady(): boolean {
  return spawnSync(PYTHON, ['-c', PEER_MODULES], { stdio: 'ignore' }).status === 0;
}

/**
 * Whether the pandas peer can run: Debian's python3 with python3-pandas and
 * python3-openpyxl. Installs them with apt-get when missing and we are root (saying so on
 * stderr); returns the reason when it still cannot run.
 */
export function preparePeer(script: string): string | null {
  if (!existsSync(script)) return `peer script ${script} missing (it lives in ../shared)`;
  if (!existsSync(PYTHON)) return `${PYTHON} missing`;
  if (peerReady()) return null;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return 'python3-pandas / python3-openpyxl missing (apt-get install them as root)';
  }
  process.stderr.write('installing python3-pandas python3-openpyxl with apt-get…\n');
  try {
    execFileSync('/usr/bin/apt-get', ['install', '-y', 'python3-pandas', 'python3-openpyxl'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    return 'apt-get could not install python3-pandas / python3-openpyxl';
  }
  return peerReady() ? null : 'python3-pandas / python3-openpyxl still missing after apt-get';
}

/** The peer: the pandas + openpyxl script an analyst would write. */
export function peerContender(script: string): Contender {
  return { name: 'peer', argv: (input, output) => [PYTHON, script, input, output] };
}

/** A compiled Node script run as `node SCRIPT [before…] IN [-o] OUT`. */
export function nodeContender(
  name: string,
  script: string,
  outputFlag: boolean,
  extra: readonly string[] = [],
): Contender {
  return {
    name,
    argv: (input, output) => [
      process.execPath,
      script,
      input,
      ...(outputFlag ? ['-o', output] : [output]),
      ...extra,
    ],
  };
}
