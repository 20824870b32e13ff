import { runCli } from '../run.js';

/** What one in-process CLI run printed, and its exit code. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (as tests and benchmarks do), with `stdin` as its input and its output captured. */
export async function runCaptured(
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: async () => options.stdin ?? '',
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
