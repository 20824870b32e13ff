import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Usage of the walk benchmark. */
export const WALK_BENCH_USAGE =
  'usage: bench walk [--runs N] [--steps N] [--seed N] [--json OUT]\n' +
  '  Random walks through the real UI in Chromium (tests/e2e/walk.spec.ts), compared with a model after\n' +
  '  every step: many more than `npm test` runs. Needs the built renderer (`npm run build`). Reports runs,\n' +
  '  steps and failures (with the shrunk sequence of the first failure).';

/** What the walk benchmark reports. */
interface WalkFigures {
  runs: number;
  steps: number;
  failures: number;
  seed: number;
  counterexample: string | null;
  ms: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the walk spec through Vitest with the given numbers and reads back its report. */
async function benchWalk(options: { runs: number; steps: number; seed: number }): Promise<WalkFigures> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-walk-'));
  const report = path.join(temp, 'walk.json');
  const started = performance.now();
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
          'run',
          '--project',
          'e2e',
          'tests/e2e/walk.spec.ts',
        ],
        {
          cwd: ROOT,
          stdio: ['ignore', 'inherit', 'inherit'],
          env: {
            ...process.env,
            WALK_RUNS: String(options.runs),
            WALK_STEPS: String(options.steps),
            WALK_SEED: String(options.seed),
            WALK_REPORT: report,
          },
        },
      );
      child.once('exit', resolve);
    });
    const figures = JSON.parse(await readFile(report, 'utf8').catch(() => 'null')) as Omit<
      WalkFigures,
      'ms'
    > | null;
    if (figures === null) throw new Error(`The walks did not report (vitest exited with ${code}).`);
    return { ...figures, ms: Math.round(performance.now() - started) };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** `bench walk …`: parses the arguments, runs, prints (and writes --json OUT); exit 1 when a walk failed. */
export async function runWalkBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '50' },
      steps: { type: 'string', default: '40' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000_007) },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(WALK_BENCH_USAGE);
    return 0;
  }
  const [runs, steps, seed] = [values.runs, values.steps, values.seed].map(Number) as [
    number,
    number,
    number,
  ];
  if (![runs, steps, seed].every(Number.isInteger) || runs < 1 || steps < 1) {
    console.error(WALK_BENCH_USAGE);
    return 2;
  }
  const figures = await benchWalk({ runs, steps, seed });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return figures.failures === 0 ? 0 : 1;
}
