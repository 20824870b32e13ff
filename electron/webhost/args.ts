import { parseArgs } from 'node:util';

/** Usage text of the web host. */
export const USAGE = `Usage: npm run web -- --data DIR [--port N]

Serves the built app and its API on http://127.0.0.1 for a browser.
  --data DIR   workspace folder (default: $REBUTTAL_DESK_DATA)
  --port N     port to listen on (default 0: any free port)
  --help       show this help`;

/** What the command line asks for. */
export type WebHostArgs =
  | { kind: 'run'; dataDir: string; port: number }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/** Reads the web host's command line and environment; never throws. */
export function parseWebHostArgs(argv: string[], env: Record<string, string | undefined>): WebHostArgs {
  let values: { data?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const dataDir = values.data ?? env.REBUTTAL_DESK_DATA;
  if (dataDir === undefined || dataDir.trim() === '') {
    return { kind: 'usage-error', message: 'No workspace folder: pass --data DIR or set REBUTTAL_DESK_DATA' };
  }
  const portText = values.port ?? '0';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    return { kind: 'usage-error', message: `--port must be a number from 0 to 65535, not "${portText}"` };
  }
  return { kind: 'run', dataDir, port: Number(portText) };
}
