import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// From its module, not the backend's index, so the jsdom-based exporters are not loaded at start-up.
import { openWorkspace } from '../backend/workspace.js';
import { parseWebHostArgs, USAGE } from './args.js';
import { newToken } from './auth.js';
import { startWebHost, type WebHost } from './server.js';

/** Entry point of `npm run web`: opens the workspace, serves it, and closes it cleanly on a signal. */
async function main(): Promise<number> {
  const args = parseWebHostArgs(process.argv.slice(2), process.env);
  if (args.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    console.error(`${args.message}\n\n${USAGE}`);
    return 2;
  }

  const staticRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html'))) {
    console.error(
      `The app is not built: ${path.join(staticRoot, 'index.html')} is missing. Run \`npm run build\` first.`,
    );
    return 1;
  }

  const workspace = await openWorkspace({ dir: path.resolve(args.dataDir), mode: 'write', owner: 'webhost' });
  let host: WebHost;
  try {
    host = await startWebHost({
      staticRoot,
      handlers: workspace.handlers,
      port: args.port,
      token: newToken(),
    });
  } catch (error) {
    await workspace.close();
    throw new Error(`Could not listen on 127.0.0.1:${args.port}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.error(`${signal}: saving and closing the workspace…`);
    try {
      await host.close();
      await workspace.flush();
      await workspace.close();
      process.exit(0);
    } catch (error) {
      console.error(`Could not close the workspace cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  // Listening before the address is announced: whoever reads the line may signal at once.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  console.log(`Rebuttal Desk web host: ${host.url}`);
  console.error(`Serving the workspace ${workspace.dir}; press Ctrl+C to stop.`);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error((error as Error).message ?? String(error));
    process.exitCode = 1;
  },
);
