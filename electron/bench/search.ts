import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  fingerprintOf,
  loadSearchCache,
  saveSearchCache,
  SEARCH_CACHE_FILE,
  SearchEngine,
  type SearchDocument,
} from '../backend/search/index.js';
import { loadCorpus, titleQueries, type BenchQuery } from './search-corpus.js';
import { benchFts5 } from './search-fts5.js';
import { DEFAULT_CHOICE, measureQuality, pickWords, type QualityWord } from './search-quality.js';
import { measureQueries, memoryMB, round, type EngineFigures } from './search-stats.js';
import { quantile } from './stats.js';

/** Queries (from other titles) run before measuring, for every engine alike. */
const WARM_UP_QUERIES = 50;

/** Usage of the search benchmark. */
export const SEARCH_BENCH_USAGE =
  'usage: bench search --corpus FILE [--articles N] [--queries N] [--words N] [--json OUT]\n' +
  '  Indexes N articles (default 10000) of a JSONL corpus with this engine and with SQLite FTS5\n' +
  '  baselines, and reports build time, query p50/p95, recall@3 of title queries, memory, cache\n' +
  '  size, and precision@10 of two-syllable words (default 200) with and without tones.';

function found(engine: SearchEngine, text: string, id: string): boolean {
  return engine
    .search(text, { limit: 20 })
    .hits.slice(0, 3)
    .some((hit) => hit.id === id);
}

function measureSaves(engine: SearchEngine, docs: readonly SearchDocument[], count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count && docs.length > 0; i++) {
    const doc = docs[(i * 7919) % docs.length]!;
    const edited = {
      ...doc,
      body: `${doc.body}\n\nĐoạn bổ sung số ${i}.`,
      updatedAt: new Date().toISOString(),
    };
    const start = performance.now();
    engine.upsert(edited);
    times.push(performance.now() - start);
  }
  return times;
}

async function measureRestart(engine: SearchEngine, docs: readonly SearchDocument[], probe: BenchQuery) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rd-search-bench-'));
  try {
    const fingerprint = fingerprintOf(docs);
    const saveStart = performance.now();
    await saveSearchCache(dir, engine, fingerprint);
    const saveMs = performance.now() - saveStart;
    const { size } = await stat(path.join(dir, SEARCH_CACHE_FILE));
    const start = performance.now();
    const loaded = await loadSearchCache(dir);
    if (loaded.engine === null) throw new Error(`cache did not load: ${loaded.reason}`);
    loaded.engine.search(probe.plain);
    return { restartMs: performance.now() - start, saveMs, cacheMB: size / 1e6 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchEngine(
  docs: SearchDocument[],
  queries: BenchQuery[],
  warmUp: BenchQuery[],
  words: readonly QualityWord[],
  baseline: number,
) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let engine = SearchEngine.build(docs);
  const buildMs = performance.now() - start;
  const buildCpu = process.cpuUsage(cpuStart);
  measureQueries(warmUp, (q) => found(engine, q.plain, q.id) && found(engine, q.toned, q.id));
  const plain = measureQueries(queries, (q) => found(engine, q.plain, q.id));
  const toned = measureQueries(queries, (q) => found(engine, q.toned, q.id));
  const quality = measureQuality(words, (text) =>
    engine.search(text, { limit: 10 }).hits.map((hit) => hit.id),
  );
  const saves = measureSaves(engine, docs, 200);
  const restart = await measureRestart(engine, docs, queries[0]!);
  docs.length = 0;
  const heapMB = memoryMB() - baseline;
  engine = SearchEngine.build([]);
  const wall = [...plain.wall, ...toned.wall];
  const cpu = [...plain.cpu, ...toned.cpu];
  const figures: EngineFigures = {
    buildMs: round(buildMs, 0),
    p50Ms: round(quantile(wall, 0.5), 3),
    p95Ms: round(quantile(wall, 0.95), 3),
    recallAt3NoTones: round(plain.recall, 4),
    recallAt3Tones: round(toned.recall, 4),
    heapMB: round(heapMB, 1),
    buildCpuMs: round((buildCpu.user + buildCpu.system) / 1000, 0),
    cpuP50Ms: round(quantile(cpu, 0.5), 3),
    cpuP95Ms: round(quantile(cpu, 0.95), 3),
    restartMs: round(restart.restartMs, 0),
    cacheWriteMs: round(restart.saveMs, 0),
    cacheMB: round(restart.cacheMB, 1),
    updateP50Ms: round(quantile(saves, 0.5), 3),
    updateP95Ms: round(quantile(saves, 0.95), 3),
  };
  return { figures, quality };
}

/**
 * `bench search --corpus FILE [--articles N] [--queries N] [--json OUT]`:
 * this app's engine against SQLite FTS5 (plain and on pre-folded text).
 * Prints a table; with --json also writes the figures. Returns the exit code.
 */
export async function runSearchBench(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        corpus: { type: 'string' },
        articles: { type: 'string', default: '10000' },
        queries: { type: 'string', default: '200' },
        words: { type: 'string', default: '200' },
        json: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${SEARCH_BENCH_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(SEARCH_BENCH_USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  const queryCount = Number(values.queries);
  const wordCount = Number(values.words);
  if (values.corpus === undefined || !(articles > 0) || !(queryCount > 0) || !(wordCount >= 0)) {
    console.error(SEARCH_BENCH_USAGE);
    return 2;
  }
  const baseline = memoryMB();
  const { docs, skipped } = await loadCorpus(values.corpus, Math.floor(articles));
  if (docs.length === 0) {
    console.error(`no articles could be read from ${values.corpus}`);
    return 1;
  }
  const queries = titleQueries(docs, Math.floor(queryCount));
  const warmUp = titleQueries(docs, WARM_UP_QUERIES, 1);
  const words = pickWords(docs, { ...DEFAULT_CHOICE, count: Math.floor(wordCount) });
  const fts5 = await benchFts5(docs, queries, warmUp, false, words);
  const fts5Folded = await benchFts5(docs, queries, warmUp, true, words);
  const count = docs.length;
  const engine = await benchEngine(docs, queries, warmUp, words, baseline);
  const quality = {
    engine: engine.quality,
    fts5And: fts5.and,
    fts5Phrase: fts5.phrase,
    fts5FoldedAnd: fts5Folded.and,
    fts5FoldedPhrase: fts5Folded.phrase,
  };
  const report = {
    engine: engine.figures,
    fts5: fts5.figures,
    fts5Folded: fts5Folded.figures,
    quality,
    articles: count,
    queries: queries.length,
    words: words.map((word) => word.toned),
    skippedLines: skipped,
    loadAverage: round(loadavg()[0]!, 2),
  };
  console.table({ engine: engine.figures, fts5: fts5.figures, fts5Folded: fts5Folded.figures });
  console.table(quality);
  console.log(
    `${count} articles, ${queries.length} title queries and ${words.length} two-syllable words (each with and without tones), load average ${report.loadAverage}`,
  );
  if (values.json !== undefined) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
