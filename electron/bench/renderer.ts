import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { openWorkspace } from '../backend/index.js';
import { newToken } from '../webhost/auth.js';
import { startWebHost } from '../webhost/server.js';
import { corpusArticles } from './corpus.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the renderer benchmark. */
export const RENDERER_BENCH_USAGE =
  'usage: bench renderer --corpus FILE [--articles N] [--loads N] [--workspace DIR] [--json OUT]\n' +
  '  Fills a workspace with N corpus articles (default 10000; kept in DIR and reused when given), opens\n' +
  '  it as the web host does, and loads the built renderer in headless Chromium N times (default 3):\n' +
  '  milliseconds from navigation to the first row of the library list, and to the library being ready.';

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

/** What the renderer benchmark reports. */
interface RendererFigures {
  articles: number;
  /** The backend opening the workspace (as the web host does before it serves). */
  openMs: number;
  /** Navigation start to the first row of the library list, median of the loads. */
  firstRowMs: number;
  /** Navigation start to the shell leaving its busy state, median of the loads. */
  readyMs: number;
  loads: number;
  jsHeapMB: number;
}

/** Runs in the page from its first script: the time the first list row and the ready shell appear. */
function watchList(): void {
  const marks: { firstRow?: number; ready?: number } = {};
  (globalThis as unknown as { __listProbe: typeof marks }).__listProbe = marks;
  new MutationObserver(() => {
    marks.firstRow ??= document.querySelector('[role="listbox"] [role="option"]')
      ? performance.now()
      : undefined;
    marks.ready ??= document.querySelector('.shell[aria-busy="false"]') ? performance.now() : undefined;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

async function fill(dir: string, corpus: string, count: number): Promise<void> {
  if ((await readdir(dir).catch(() => [])).length > 0) return;
  const setup = await openWorkspace({ dir, owner: 'cli' });
  try {
    const created = await setup.services.articles.createMany(await corpusArticles(corpus, count), 8);
    const failed = created.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  } finally {
    await setup.close();
  }
}

/** Runs the renderer benchmark. */
async function benchRenderer(options: {
  corpus: string;
  articles: number;
  loads: number;
  dir?: string;
}): Promise<RendererFigures> {
  const staticRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html')))
    throw new Error(`The renderer is not built (${staticRoot}); run \`npm run build\` first.`);
  const temp = options.dir === undefined ? await mkdtemp(path.join(os.tmpdir(), 'rd-bench-renderer-')) : null;
  const dir = options.dir ?? path.join(temp!, 'workspace');
  try {
    await fill(dir, options.corpus, options.articles);
    let workspace!: Awaited<ReturnType<typeof openWorkspace>>;
    const openMs = await timed(async () => (workspace = await openWorkspace({ dir, owner: 'webhost' })));
    const host = await startWebHost({ staticRoot, handlers: workspace.handlers, port: 0, token: newToken() });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: BROWSER_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(watchList);
      const firstRows: number[] = [];
      const ready: number[] = [];
      for (let load = 0; load < options.loads; load += 1) {
        await page.goto(`${host.url}&lang=vi`);
        await page.waitForFunction(
          () => {
            const marks = (globalThis as unknown as { __listProbe: { firstRow?: number; ready?: number } })
              .__listProbe;
            return marks.firstRow !== undefined && marks.ready !== undefined;
          },
          undefined,
          { timeout: 120_000 },
        );
        const marks = await page.evaluate(
          () => (globalThis as unknown as { __listProbe: { firstRow: number; ready: number } }).__listProbe,
        );
        firstRows.push(marks.firstRow);
        ready.push(marks.ready);
      }
      const heap = await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      );
      return {
        articles: workspace.services.articles.activeCount,
        openMs: round2(openMs),
        firstRowMs: round2(quantile(firstRows, 0.5)),
        readyMs: round2(quantile(ready, 0.5)),
        loads: options.loads,
        jsHeapMB: round2(heap / 2 ** 20),
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

/** `bench renderer …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runRendererBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      loads: { type: 'string', default: '3' },
      workspace: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(RENDERER_BENCH_USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  const loads = Number(values.loads);
  if (values.corpus === undefined || !Number.isInteger(articles) || articles < 1 || !(loads >= 1)) {
    console.error(RENDERER_BENCH_USAGE);
    return 2;
  }
  const figures = await benchRenderer({
    corpus: values.corpus,
    articles,
    loads,
    ...(values.workspace === undefined ? {} : { dir: path.resolve(values.workspace) }),
  });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
