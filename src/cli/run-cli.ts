import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { formatIssue, formatMessage } from '../core/diagnostics/format';
import { countByLevel } from '../core/diagnostics/issue';
import type { PipelineOptions } from '../core/pipeline';
import { MAX_CHART_TOP_N, type ChartSettings } from '../core/charts';
import { isUserError, UserError } from '../app/user-error';
import type { RunOptions } from '../app/run-on-files';
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
  readonly unitWord?: string;
  readonly strict?: boolean;
  readonly templates?: string;
  readonly locale?: string;
  readonly includeHidden?: boolean;
  readonly checkDraft?: string;
  /** False with --no-charts. */
  readonly charts?: boolean;
  readonly chartIndicator?: string;
  readonly chartTop?: string;
  readonly chartSort?: string;
  readonly docx?: string;
  readonly docxTownships?: boolean;
}

const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
type Locale = (typeof LOCALES)[number];

function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}

/**
 * `park-stats <workbook.xlsx | folder>... -o <result.xlsx> [--json] [--period 上半年]
 * [--area 全县] [--unit-word 园区] [--strict] [--include-hidden] [--check-draft 草稿.docx]` (`--` before names
 * that start with "-"). Returns the exit code: 0 done; 1 bad input (one Chinese line on
 * stderr); 2 with `--strict` when there are 错误-level findings or, with a draft, a figure
 * of the draft is 不一致.
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
    .option('--unit-word <word>', formatMessage('cli.opt.unit-word'))
    .option('--strict', formatMessage('cli.opt.strict'))
    .option('--templates <file>', formatMessage('cli.opt.templates'))
    .option('--locale <locale>', formatMessage('cli.opt.locale'))
    .option('--include-hidden', formatMessage('cli.opt.include-hidden'))
    .option('--check-draft <file>', formatMessage('cli.opt.check-draft'))
    .option('--no-charts', formatMessage('cli.opt.no-charts'))
    .option('--chart-indicator <name>', formatMessage('cli.opt.chart-indicator'))
    .option('--chart-top <n>', formatMessage('cli.opt.chart-top'))
    .option('--chart-sort <order>', formatMessage('cli.opt.chart-sort'))
    .option('--docx <file>', formatMessage('cli.opt.docx'))
    .option('--docx-townships', formatMessage('cli.opt.docx-townships'))
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
      io.stderr.write(`${commanderMessage(error)}\n`);
      return 1;
    }
    throw error;
  }

  const inputs = program.args;
  const options = program.opts<CliOptions>();
  const progress = progressWriter(io);
  try {
    if (options.output === undefined && options.docx === undefined && !options.json)
      throw new UserError('cli.output-missing');
    if (options.locale !== undefined && !isLocale(options.locale)) {
      throw new UserError('cli.bad-locale', { locale: options.locale });
    }
    // Loaded only for a run, not for --help or a usage error: the engine, exceljs and the
    // Chinese converters are most of the start-up time (issue #17). Heavy modules that a
    // flag needs follow the same pattern: import them where the flag is handled.
    const { loadTemplateFile } = await import('../app/load-templates');
    const templates =
      options.templates === undefined
        ? undefined
        : await loadTemplateFile(options.templates, options.locale === 'en' ? 'en' : 'zh-CN');
    for (const notice of templates?.issues ?? []) {
      io.stderr.write(
        `${formatMessage('cli.template-notice', { file: options.templates, text: formatIssue(notice) })}\n`,
      );
    }
    const draftReport = options.checkDraft === undefined ? null : await import('./draft-report');
    const draft =
      options.checkDraft === undefined
        ? undefined
        : await draftReport?.readDraftFile(options.checkDraft);
    const pipeline: PipelineOptions = {
      ...(draft !== undefined ? { draft } : {}),
      ...(options.area !== undefined ? { area: options.area } : {}),
      ...(options.period !== undefined ? { period: options.period } : {}),
      ...(options.unitWord !== undefined ? { unitWord: options.unitWord } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
      ...(templates !== undefined ? { templates: templates.set } : {}),
      ...(options.includeHidden === true ? { parse: { includeHidden: true } } : {}),
    };
    const runOptions: RunOptions = {
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.docx !== undefined
        ? { docx: { path: options.docx, byTownship: options.docxTownships === true } }
        : {}),
      pipeline,
      onProgress: progress.update,
      charts: options.charts === false ? false : chartOptions(options),
    };
    const { runOnFiles } = await import('../app/run-on-files');
    const { result, output, docx, found, skipped, chartNotes } = await runOnFiles(
      inputs,
      runOptions,
    );
    progress.clear();
    for (const text of chartNotes)
      io.stderr.write(`${formatMessage('cli.chart-note', { text })}\n`);
    const { jsonReport } = await import('./json-report');
    const { textReport } = await import('./text-report');
    io.stdout.write(
      options.json
        ? `${JSON.stringify(jsonReport(result), null, 2)}\n`
        : textReport(result, output, { found, skipped, docx }),
    );
    if (result.draftCheck !== undefined && draftReport !== null && !options.json) {
      io.stdout.write(`${draftReport.draftReportLines(result.draftCheck).join('\n')}\n`);
    }
    const failed =
      countByLevel(result.findings).error > 0 || (result.draftCheck?.counts.mismatch ?? 0) > 0;
    return options.strict && failed ? 2 : 0;
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

/** The chart flags as settings; a bad --chart-top or --chart-sort is a `UserError`. */
function chartOptions(options: CliOptions): Partial<ChartSettings> {
  const top = options.chartTop?.trim();
  if (top !== undefined && !(/^\d+$/.test(top) && +top >= 2 && +top <= MAX_CHART_TOP_N)) {
    throw new UserError('cli.bad-chart-top', {
      value: options.chartTop ?? '',
      max: MAX_CHART_TOP_N,
    });
  }
  const sort = options.chartSort;
  if (sort !== undefined && sort !== 'descending' && sort !== 'ascending' && sort !== 'input') {
    throw new UserError('cli.bad-chart-sort', { value: sort });
  }
  return {
    ...(options.chartIndicator !== undefined ? { indicator: options.chartIndicator } : {}),
    ...(top !== undefined ? { topN: Number(top) } : {}),
    ...(sort !== undefined ? { sort } : {}),
  };
}

/**
 * Commander's error as one Chinese line: no English passes through. An unknown option that
 * looks like a file name ("-甲镇.xlsx") says how to name such a file.
 *
 * @example
 * commanderMessage(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--bogus'"))
 * // "不认识的选项“--bogus”，可用 --help 查看全部选项"
 */
export function commanderMessage(error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.missingArgument':
      return formatMessage('read.no-input');
    case 'commander.unknownOption': {
      const option = quoted ?? '';
      if (!looksLikeOption(option) || existsSync(option)) {
        return formatMessage('cli.dash-file', { option });
      }
      const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
      return suggestion === undefined
        ? formatMessage('cli.unknown-option', { option })
        : formatMessage('cli.unknown-option-suggest', { option, suggestion });
    }
    case 'commander.optionMissingArgument':
      return formatMessage('cli.option-missing-value', {
        option: (quoted ?? '').replace(/\s*<[^>]*>$/, ''),
      });
    default:
      return formatMessage('cli.bad-arguments');
  }
}

/** "--json", "-o", "--period=上半年": an option's shape (a file name has a dot or Chinese). */
function looksLikeOption(text: string): boolean {
  return /^--?[A-Za-z][A-Za-z0-9-]*(=.*)?$/.test(text);
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
