import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace, type NewArticle } from '../backend/index.js';
import { corpusArticles } from './corpus.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the store benchmark. */
export const STORE_BENCH_USAGE =
  'usage: bench store --corpus FILE [--articles N] [--saves N] [--json OUT]\n' +
  '  Loads N articles (default 10000; the corpus repeats if smaller) into a fresh workspace and\n' +
  '  measures open time, autosave p50/p95 of one article and memory, against one lowdb JSONFile.';

/** What the store benchmark reports. */
interface StoreFigures {
  articles: number;
  openMs: number;
  saveP50Ms: number;
  saveP95Ms: number;
  rssMB: number;
  baseline: { openMs: number; saveP50Ms: number; saveP95Ms: number };
}

/** A realistic edit: the writer adds a sentence at the end of the body. */
const edit = (body: string, n: number) => `${body}\n\nĐoạn bổ sung số ${n}: luận điểm này không có căn cứ.`;

async function measureStore(dir: string, inputs: NewArticle[], saves: number) {
  const setup = await openWorkspace({ dir, owner: 'cli' });
  const created = await setup.services.articles.createMany(inputs, 8);
  const failed = created.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  await setup.close();

  const opens: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    let workspace!: Awaited<ReturnType<typeof openWorkspace>>;
    opens.push(await timed(async () => (workspace = await openWorkspace({ dir, owner: 'cli' }))));
    await workspace.close();
  }
  const workspace = await openWorkspace({ dir, owner: 'cli' });
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  const [row] = workspace.services.articles.list('active');
  let { body } = await workspace.services.articles.get(row!.id);
  const times: number[] = [];
  for (let n = 0; n < saves; n += 1) {
    body = edit(body, n);
    times.push(await timed(() => workspace.services.articles.save({ id: row!.id, body })));
  }
  await workspace.close();
  return { openMs: quantile(opens, 0.5), times, rssMB };
}

async function measureBaseline(file: string, inputs: NewArticle[], saves: number) {
  const now = new Date().toISOString();
  const articles = inputs.map((input, i) => ({ id: `a${i}`, ...input, createdAt: now, updatedAt: now }));
  await writeFile(file, JSON.stringify({ articles }));
  const opens: number[] = [];
  let db!: Low<{ articles: typeof articles }>;
  for (let i = 0; i < 3; i += 1) {
    db = new Low(new JSONFile<{ articles: typeof articles }>(file), { articles: [] });
    opens.push(await timed(() => db.read()));
  }
  const times: number[] = [];
  for (let n = 0; n < saves; n += 1) {
    const article = db.data.articles[0]!;
    article.body = edit(article.body ?? '', n);
    article.updatedAt = new Date().toISOString();
    times.push(await timed(() => db.write()));
  }
  return { openMs: quantile(opens, 0.5), times };
}

/** Runs the store benchmark on a fresh temp workspace. */
async function benchStore(corpus: string, count: number, saves: number, baselineSaves: number) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-store-'));
  try {
    const inputs = await corpusArticles(corpus, count);
    const store = await measureStore(path.join(root, 'workspace'), inputs, saves);
    const baseline = await measureBaseline(path.join(root, 'single-file.json'), inputs, baselineSaves);
    const figures: StoreFigures = {
      articles: count,
      openMs: round2(store.openMs),
      saveP50Ms: round2(quantile(store.times, 0.5)),
      saveP95Ms: round2(quantile(store.times, 0.95)),
      rssMB: round2(store.rssMB),
      baseline: {
        openMs: round2(baseline.openMs),
        saveP50Ms: round2(quantile(baseline.times, 0.5)),
        saveP95Ms: round2(quantile(baseline.times, 0.95)),
      },
    };
    return figures;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** `bench store …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runStoreBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      saves: { type: 'string', default: '200' },
      'baseline-saves': { type: 'string', default: '20' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(STORE_BENCH_USAGE);
    return 0;
  }
  const numbers = [values.articles, values.saves, values['baseline-saves']].map(Number);
  if (values.corpus === undefined || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(STORE_BENCH_USAGE);
    return 2;
  }
  const [count, saves, baselineSaves] = numbers as [number, number, number];
  const figures = await benchStore(values.corpus, count, saves, baselineSaves);
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
