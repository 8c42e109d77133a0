import type { CliIO } from '../../src/cli/run-cli';

/**
 * A command line's output streams, kept as text: to run `runCli` in-process and read what
 * it printed.
 *
 * @example
 * const c = captureIO();
 * await runCli(['乡镇报表', '--json'], c.io);
 * JSON.parse(c.out());
 */
export function captureIO(isTTY = false): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      isTTY,
    },
    out: () => out,
    err: () => err,
  };
}
