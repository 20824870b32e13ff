import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCrashWriter, runCrashHarness, type CrashRunResult } from '../backend/crash-harness.js';
import { round2 } from './stats.js';

/** Usage of the crash benchmark. */
export const CRASH_BENCH_USAGE =
  'usage: bench crash [--kills N] [--articles N] [--json OUT]\n' +
  '  A child process journals and saves numbered versions of N articles (default 4) and is\n' +
  '  killed with SIGKILL N times (default 1000); after each kill the workspace must open clean,\n' +
  '  pass check, and hold every acknowledged save and journal write. Prints kills, saves\n' +
  '  acknowledged, saves lost (must be 0) and time.';

/** The source of the child process, from the bundled benchmark in dist/. */
const WRITER_SOURCE = path.join(import.meta.dirname, '..', 'electron', 'backend', 'crash-writer.child.ts');

/** What the crash benchmark reports. */
interface CrashFigures extends Omit<CrashRunResult, 'ms'> {
  seconds: number;
  date: string;
}

/** `bench crash …`: runs the kill harness in a fresh temp folder; exit 1 when anything was lost. */
export async function runCrashBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      kills: { type: 'string', default: '1000' },
      articles: { type: 'string', default: '4' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(CRASH_BENCH_USAGE);
    return 0;
  }
  const [kills, articles] = [values.kills, values.articles].map(Number) as [number, number];
  if (![kills, articles].every((n) => Number.isInteger(n) && n >= 1)) {
    console.error(CRASH_BENCH_USAGE);
    return 2;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-crash-'));
  try {
    const script = await buildCrashWriter(root, WRITER_SOURCE);
    const result = await runCrashHarness(
      {
        root,
        kills,
        articles,
        onKill: (kill) => {
          if ((kill + 1) % 100 === 0) process.stderr.write(`${kill + 1} kills\n`);
        },
      },
      script,
    );
    const { ms, ...rest } = result;
    const figures: CrashFigures = { ...rest, seconds: round2(ms / 1000), date: new Date().toISOString() };
    console.log(JSON.stringify(figures, null, 2));
    if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
    return result.savesLost === 0 && result.journalLost === 0 && result.failures.length === 0 ? 0 : 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
