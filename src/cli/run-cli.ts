import { Command, CommanderError } from 'commander';
import { formatMessage } from '../core/diagnostics/format';
import { isUserError, UserError } from '../app/user-error';
import { runOnFiles, type RunOptions } from '../app/run-on-files';
import { countByLevel, jsonReport } from './json-report';
import { renderProgress } from './progress-bar';

/** Where the command line writes, so tests can run it in-process. */
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  readonly isTTY: boolean;
}

interface CliOptions {
  readonly output?: string;
  readonly json?: boolean;
  readonly period?: string;
  readonly area?: string;
  readonly strict?: boolean;
}

/**
 * `park-stats <workbook.xlsx | folder>... -o <result.xlsx> [--json] [--period 上半年]
 * [--area 全县] [--strict]`. Returns the exit code: 0 done; 1 bad input (one Chinese line
 * on stderr); 2 with `--strict` when there are 错误-level findings.
 *
 * @example
 * const code = await runCli(['乡镇报表', '-o', '汇总结果.xlsx'], { stdout: process.stdout, stderr: process.stderr, isTTY: false });
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const program = new Command()
    .name('park-stats')
    .description(formatMessage('cli.description'))
    .argument('<inputs...>', formatMessage('cli.arg.inputs'))
    .option('-o, --output <file>', formatMessage('cli.opt.output'))
    .option('--json', formatMessage('cli.opt.json'))
    .option('--period <words>', formatMessage('cli.opt.period'))
    .option('--area <words>', formatMessage('cli.opt.area'))
    .option('--strict', formatMessage('cli.opt.strict'))
    .helpOption('-h, --help', formatMessage('cli.opt.help'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help
      const message =
        error.code === 'commander.missingArgument'
          ? formatMessage('read.no-input')
          : formatMessage('cli.bad-arguments', { reason: error.message.replace(/^error:\s*/, '') });
      io.stderr.write(`${message}\n`);
      return 1;
    }
    throw error;
  }

  const inputs = program.args;
  const options = program.opts<CliOptions>();
  const progress = progressWriter(io);
  try {
    const words = {
      ...(options.area !== undefined ? { area: options.area } : {}),
      ...(options.period !== undefined ? { period: options.period } : {}),
    };
    if (options.output === undefined && !options.json) throw new UserError('cli.output-missing');
    const runOptions: RunOptions = {
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...words,
      onProgress: progress.update,
    };
    const { result, output } = await runOnFiles(inputs, runOptions);
    progress.clear();
    const counts = countByLevel(result.issues);
    if (options.json) {
      io.stdout.write(`${JSON.stringify(jsonReport(result), null, 2)}\n`);
    } else {
      io.stdout.write(
        [
          formatMessage('cli.summary', {
            townships: result.consolidation.townships.length,
            indicators: result.consolidation.indicators.length,
          }),
          formatMessage('cli.issue-counts', counts),
          ...(output !== null ? [formatMessage('cli.wrote', { file: output })] : []),
        ].join('\n') + '\n',
      );
    }
    return options.strict && counts.error > 0 ? 2 : 0;
  } catch (error) {
    progress.clear();
    const message = isUserError(error)
      ? error.message
      : formatMessage('cli.unexpected', {
          reason: error instanceof Error ? error.message : String(error),
        });
    io.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

/** Draws the progress bar on a terminal when several files are read. */
function progressWriter(io: CliIO): {
  update: (state: { done: number; total: number; file: string }) => void;
  clear: () => void;
} {
  let drawn = false;
  return {
    update: (state) => {
      if (!io.isTTY || state.total < 2) return;
      io.stderr.write(`\r${renderProgress(state)}\x1b[K`);
      drawn = true;
    },
    clear: () => {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
