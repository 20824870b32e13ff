import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Usage of the benchmark of every suite. */
export const ALL_BENCH_USAGE =
  'usage: bench all --corpus FILE [--articles N] [--json OUT] [--only a,b]\n' +
  '  Runs the store, search, links, history, crash (50 kills), renderer (first list row, click → text,\n' +
  '  keystroke → paint, preview, heap; needs `npm run build`) and graph suites at N articles (default\n' +
  '  10000; the corpus repeated with varied titles), each in its own process so one does not weigh on\n' +
  '  the memory of the next, and writes one JSON: each suite under its name (or {error} when it failed),\n' +
  '  plus machine (cpus, memory, Node) and date. `walk` is left out: it checks the UI against a model\n' +
  '  and does not depend on N; run it on its own.';

/** One suite of `bench all`: its arguments beyond --json. */
interface Suite {
  name: string;
  args: (corpus: string, articles: number) => string[];
}

const SUITES: Suite[] = [
  { name: 'store', args: (c, n) => ['--corpus', c, '--articles', `${n}`, '--baseline-saves', '5'] },
  { name: 'search', args: (c, n) => ['--corpus', c, '--articles', `${n}`] },
  { name: 'links', args: (c, n) => ['--corpus', c, '--articles', `${n}`] },
  { name: 'history', args: (c, n) => ['--corpus', c, '--articles', `${n}`] },
  { name: 'crash', args: () => ['--kills', '50'] },
  { name: 'renderer', args: (c, n) => ['--corpus', c, '--articles', `${n}`] },
  { name: 'graph', args: (c, n) => ['--corpus', c, '--articles', `${n}`] },
];

/** The machine the figures came from. */
function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Runs one suite in a child process of this same benchmark program; answers its JSON or its error. */
async function runSuite(suite: Suite, corpus: string, articles: number, scratch: string): Promise<unknown> {
  const out = path.join(scratch, `${suite.name}.json`);
  const program = fileURLToPath(import.meta.url);
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const child = spawn(
    process.execPath,
    [program, suite.name, ...suite.args(corpus, articles), '--json', out],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const loadAverage = [loadBefore, os.loadavg()[0]!].map((load) => Math.round(load * 100) / 100);
  try {
    const figures = JSON.parse(await readFile(out, 'utf8')) as object;
    return { ...figures, seconds, loadAverage, ...(code === 0 ? {} : { exitCode: code }) };
  } catch {
    return {
      error: `exit code ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
      seconds,
      loadAverage,
    };
  }
}

/** `bench all …`: every suite in turn, one JSON. */
export async function runAllBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      only: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(ALL_BENCH_USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = (only ?? []).filter((name) => !SUITES.some((suite) => suite.name === name));
  if (values.corpus === undefined || !Number.isInteger(articles) || articles < 1 || unknown.length > 0) {
    console.error(
      unknown.length > 0 ? `unknown suite ${unknown.join(', ')}\n\n${ALL_BENCH_USAGE}` : ALL_BENCH_USAGE,
    );
    return 2;
  }
  const corpus = path.resolve(values.corpus);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-all-'));
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: machine(),
    corpus: {
      file: corpus,
      articles,
      repeated: 'beyond its size, the k-th copy (k ≥ 2) of an article is titled "Kỳ k: <title>"',
    },
  };
  let failed = false;
  try {
    for (const suite of SUITES) {
      if (only !== undefined && !only.includes(suite.name)) continue;
      console.error(`bench all: ${suite.name} at ${articles} articles…`);
      const figures = await runSuite(suite, corpus, articles, scratch);
      report[suite.name] = figures;
      if ((figures as { error?: string }).error !== undefined) failed = true;
      if (values.json !== undefined) await writeFile(values.json, JSON.stringify(report, null, 2) + '\n');
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report, null, 2));
  return failed ? 1 : 0;
}
