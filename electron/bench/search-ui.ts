import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { dispatch, fold, type SearchStatus } from '../../core/index.js';
import { openWorkspace, type Workspace } from '../backend/index.js';
import { readJsonlArticles } from '../cli/jsonl.js';
import { newToken } from '../webhost/auth.js';
import { startWebHost } from '../webhost/server.js';
import { loadCorpus, titleQueries } from './search-corpus.js';
import { pickWords } from './search-quality.js';
import { installSearchProbe, readSearchProbe, type Keystroke } from './search-ui-probe.js';
import { quantile, round2 } from './stats.js';

/** Usage of the search panel benchmark. */
export const SEARCH_UI_BENCH_USAGE =
  'usage: bench search-ui --corpus FILE [--articles N] [--queries N] [--delay MS] [--workspace DIR] [--screenshot PNG] [--json OUT]\n' +
  '  Builds a workspace of N corpus articles (default 10000; kept in DIR and reused when given), serves the\n' +
  '  built renderer (`npm run build` first) and types N queries (default 40: title openings without tones and\n' +
  '  two-syllable words with tones) into the search panel of headless Chromium, one character every MS\n' +
  '  milliseconds (default 100), in Vietnamese. Reports keystroke → results painted p50/p95/max.';

/** Fills an empty workspace with the first `count` articles of the corpus. */
async function fill(workspace: Workspace, corpus: string, count: number): Promise<number> {
  const { articles } = await readJsonlArticles(corpus, count);
  const created = await workspace.services.articles.createMany(articles, 8);
  const failed = created.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  return created.length;
}

async function searchReady(workspace: Workspace): Promise<void> {
  for (;;) {
    const answer = await dispatch(workspace.handlers, 'search:status', {});
    if (answer.ok && (answer.value as SearchStatus).ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Queries as writers type them: openings of titles without tones, and words with them, alternating. */
async function queriesOf(corpus: string, articles: number, count: number): Promise<string[]> {
  const { docs } = await loadCorpus(corpus, articles);
  const titles = titleQueries(docs, Math.ceil(count / 2), 3).map((query) =>
    fold(query.toned).split(/\s+/).slice(0, 3).join(' '),
  );
  const words = pickWords(docs, {
    count: Math.floor(count / 2),
    minDocs: 5,
    maxDocs: 80,
    maxSyllableShare: 0.5,
    dominance: 3,
  });
  const out: string[] = [];
  for (let i = 0; out.length < count && (i < titles.length || i < words.length); i++) {
    if (i < titles.length) out.push(titles[i]!);
    if (i < words.length && out.length < count) out.push(words[i]!.toned);
  }
  return out;
}

/** Types every query into the search box, a character at a time, and reads what the probe recorded. */
async function typeQueries(page: Page, queries: readonly string[], delay: number): Promise<Keystroke[]> {
  const box = page.getByRole('combobox', { name: 'Tìm bài viết' });
  const keys: Keystroke[] = [];
  for (const query of queries) {
    await box.fill('');
    await page.waitForTimeout(300);
    const from = (await page.evaluate(readSearchProbe)).length;
    for (const char of query) {
      await box.pressSequentially(char);
      await page.waitForTimeout(delay);
    }
    await page
      .waitForFunction(everyKeyAnswered, from, { timeout: 10_000, polling: 50 })
      .catch(() => undefined);
    keys.push(...(await page.evaluate(readSearchProbe)).slice(from));
  }
  return keys;
}

/** Whether every keystroke since `start` has been answered (runs in the page). */
function everyKeyAnswered(start: number): boolean {
  const keys = (globalThis as unknown as { __searchProbe: { keys: Keystroke[] } }).__searchProbe.keys;
  return keys.slice(start).every((key) => key.painted !== null);
}

/** What the search panel benchmark reports. */
interface SearchUiFigures {
  articles: number;
  keystrokes: number;
  /** Keystrokes whose answer never showed within 10 s of the query's last one. */
  unanswered: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  loadAverage: number;
}

/** Runs the benchmark; `dir` is created and filled when empty, reused otherwise. */
async function benchSearchUi(options: {
  corpus: string;
  articles: number;
  queries: number;
  delay: number;
  dir?: string;
  screenshot?: string;
}): Promise<SearchUiFigures> {
  const staticRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html')))
    throw new Error(`The renderer is not built (${staticRoot}); run \`npm run build\` first.`);
  const temp = options.dir === undefined ? await mkdtemp(path.join(tmpdir(), 'rd-bench-search-ui-')) : null;
  const dir = options.dir ?? path.join(temp!, 'workspace');
  try {
    let articles: number;
    if ((await readdir(dir).catch(() => [])).length === 0) {
      const setup = await openWorkspace({ dir, owner: 'cli' });
      articles = await fill(setup, options.corpus, options.articles);
      await setup.close();
    }
    const workspace = await openWorkspace({ dir, owner: 'webhost', searchIndex: 'background' });
    articles = workspace.services.articles.list('active').length;
    await searchReady(workspace);
    const host = await startWebHost({ staticRoot, handlers: workspace.handlers, port: 0, token: newToken() });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(installSearchProbe);
      await page.goto(`${host.url}&lang=vi`);
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Control+Shift+F');
      await page.getByRole('combobox', { name: 'Tìm bài viết' }).waitFor();
      const queries = await queriesOf(options.corpus, options.articles, options.queries);
      await typeQueries(page, queries.slice(0, 2), options.delay);
      const keys = await typeQueries(page, queries, options.delay);
      if (options.screenshot !== undefined) await page.screenshot({ path: options.screenshot });
      const latencies = keys.flatMap((key) => (key.painted === null ? [] : [key.painted - key.at]));
      return {
        articles,
        keystrokes: keys.length,
        unanswered: keys.length - latencies.length,
        p50Ms: round2(quantile(latencies, 0.5)),
        p95Ms: round2(quantile(latencies, 0.95)),
        maxMs: round2(Math.max(...latencies)),
        loadAverage: round2(loadavg()[0]!),
      };
    } finally {
      await browser.close();
      await host.close();
      await workspace.close();
    }
  } finally {
    if (temp !== null) await rm(temp, { recursive: true, force: true });
  }
}

/** `bench search-ui …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runSearchUiBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      queries: { type: 'string', default: '40' },
      delay: { type: 'string', default: '100' },
      workspace: { type: 'string' },
      screenshot: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(SEARCH_UI_BENCH_USAGE);
    return 0;
  }
  const [articles, queries, delay] = [Number(values.articles), Number(values.queries), Number(values.delay)];
  if (values.corpus === undefined || !(articles >= 1) || !(queries >= 1) || !(delay >= 0)) {
    console.error(SEARCH_UI_BENCH_USAGE);
    return 2;
  }
  const figures = await benchSearchUi({
    corpus: values.corpus,
    articles: Math.floor(articles),
    queries: Math.floor(queries),
    delay,
    ...(values.workspace === undefined ? {} : { dir: path.resolve(values.workspace) }),
    ...(values.screenshot === undefined ? {} : { screenshot: values.screenshot }),
  });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  return 0;
}
