import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { countWords, dispatch } from '../../core/index.js';
import { openWorkspace } from '../backend/index.js';
import { newToken } from '../webhost/auth.js';
import { startWebHost } from '../webhost/server.js';
import { topSelfTime, type CpuProfile, type ProfileEntry } from './graph-profile.js';
import { corpusArticles } from './corpus.js';
import { installKeyProbe } from './renderer-probe.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the renderer benchmark. */
export const RENDERER_BENCH_USAGE =
  'usage: bench renderer --corpus FILE [--articles N] [--keys N] [--spelling on|off] [--profile OUT] [--json OUT]\n' +
  '  Serves the built renderer (`npm run build` first) over a workspace of N corpus articles (default\n' +
  '  10000; the corpus repeated with varied titles beyond its size) plus one of 20,000 words and one of\n' +
  '  5 MB, and measures the backend opening it, then in headless Chromium: the first list row after\n' +
  '  navigation, click → text shown, keystroke → paint (p95) typing into each long article with the preview\n' +
  '  on, pause → preview updated, and the JS heap after GC. Spelling is checked as in a new workspace\n' +
  '  (on) unless --spelling off.';

const LONG_TITLE = 'Bài dài hai mươi nghìn từ';
const LARGE_TITLE = 'Bài rất dài năm megabyte';

/** What the renderer benchmark reports. */
interface RendererFigures {
  articles: number;
  /** Whether the editor checked spelling while the keys were typed. */
  spelling: boolean;
  /** The backend opening the workspace, as the web host does before it serves. Budget 300 ms. */
  openMs: number;
  /** Navigation start → the first list row on screen. Budget 1,000 ms. */
  firstListMs: number;
  /** Click on the 20,000-word article's row → its text in the editor. Budget 100 ms. */
  openArticleMs: number;
  /** Keystroke → paint, p50 and p95, typing into the 20,000-word article in split view. Budget 16 ms (p95). */
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /** The same in the 5 MB article. Budget 50 ms (p95). */
  keystrokeP95MsLarge: number;
  /** Click → text shown for the 5 MB article. */
  openLargeMs: number;
  /** Last keystroke before a pause → the preview shows it (median of 5), 20,000 words. Budget 100 ms. */
  previewUpdateMs: number;
  /** JS heap in use after a GC, with the 5 MB article open. */
  heapMB: number;
  /** With --profile: where the main thread went while typing into the 5 MB article. */
  profileTop?: ProfileEntry[];
  words: { long: number; largeBytes: number };
  machine: { cpus: number; loadAverage: number[] };
  date: string;
}

/** A seeded generator of pauses between keys (30–250 ms), so runs are comparable. */
function pauses(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return 30 + ((state >>> 0) % 221);
  };
}

/** Corpus bodies joined into one article of at least `words` words or `bytes` bytes. */
async function longText(corpus: string, limit: { words?: number; bytes?: number }): Promise<string> {
  const parts: string[] = [];
  let words = 0;
  let bytes = 0;
  for (;;) {
    for (const line of (await readFile(corpus, 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { title?: string; body?: string };
      const part = `## ${row.title ?? ''}\n\n${row.body ?? ''}`;
      parts.push(part);
      words += countWords(part);
      bytes += Buffer.byteLength(part) + 2;
      if (
        (limit.words !== undefined && words >= limit.words) ||
        (limit.bytes !== undefined && bytes >= limit.bytes)
      ) {
        const text = parts.join('\n\n');
        return limit.bytes === undefined
          ? text
          : Buffer.from(text)
              .subarray(0, limit.bytes)
              .toString()
              .replace(/\uFFFD$/, '');
      }
    }
  }
}

type Probe = { keys: number[]; waitText: string | null; previewAt: number };
const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => (window as unknown as { __deskProbe: Probe }).__deskProbe);

/** Clicks an article's row and answers the ms until the editor shows `text`. */
async function openByRow(page: Page, title: string, text: string): Promise<number> {
  const row = page.getByRole('option', { name: title }).first();
  await row.waitFor();
  const started = await page.evaluate(() => performance.now());
  await row.click();
  await page.waitForFunction(
    (wanted) => document.querySelector('.cm-content')?.textContent?.includes(wanted) === true,
    text,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await page.evaluate(() => performance.now())) - started;
}

/** Types `count` keys at the end of the open article with seeded pauses; answers each keystroke → paint. */
async function typeKeys(page: Page, count: number, seed: number): Promise<number[]> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => ((window as unknown as { __deskProbe: Probe }).__deskProbe.keys = []));
  const pause = pauses(seed);
  const letters = 'anh em tôi đi học ';
  for (let n = 0; n < count; n += 1) {
    await page.keyboard.press(letters[n % letters.length] === ' ' ? 'Space' : 'KeyA');
    await page.waitForTimeout(pause());
  }
  await page.waitForTimeout(300);
  return (await probe(page)).keys;
}

/** Types a word, pauses, and answers the ms from its last key to the preview showing it. */
async function previewAfterPause(page: Page, word: string): Promise<number> {
  await page.evaluate((text) => {
    const p = (window as unknown as { __deskProbe: Probe }).__deskProbe;
    p.waitText = text;
    p.previewAt = 0;
  }, word);
  await page.keyboard.type(` ${word.slice(0, -1)}`);
  const last = await page.evaluate(() => performance.now());
  await page.keyboard.type(word.slice(-1));
  await page.waitForFunction(
    () => (window as unknown as { __deskProbe: Probe }).__deskProbe.previewAt > 0,
    null,
    {
      timeout: 30_000,
      polling: 50,
    },
  );
  return (await probe(page)).previewAt - last;
}

/** Runs the benchmark on a fresh workspace. */
async function benchRenderer(options: {
  corpus: string;
  articles: number;
  keys: number;
  /** Whether the editor checks spelling (as in a new workspace, the default) while keys are typed. */
  spelling?: boolean;
  /** Writes the CPU profile of typing into the 5 MB article here. */
  profile?: string;
}): Promise<RendererFigures> {
  const spelling = options.spelling ?? true;
  const staticRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html')))
    throw new Error(`The renderer is not built (${staticRoot}); run \`npm run build\` first.`);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-renderer-'));
  const dir = path.join(temp, 'workspace');
  const long = await longText(options.corpus, { words: 20_000 });
  const large = await longText(options.corpus, { bytes: 5_000_000 });
  try {
    const setup = await openWorkspace({ dir, owner: 'cli' });
    const created = await setup.services.articles.createMany(
      await corpusArticles(options.corpus, options.articles),
      8,
    );
    const failed = created.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
    await setup.services.articles.create({ title: LARGE_TITLE, body: large });
    await setup.services.articles.create({ title: LONG_TITLE, body: long });
    const set = await dispatch(setup.handlers, 'settings:set', { writing: { spellcheck: spelling } });
    if (!set.ok) throw new Error(`settings:set: ${set.error.message}`);
    await setup.close();

    let workspace!: Awaited<ReturnType<typeof openWorkspace>>;
    const openMs = await timed(async () => (workspace = await openWorkspace({ dir, owner: 'webhost' })));
    const host = await startWebHost({ staticRoot, handlers: workspace.handlers, port: 0, token: newToken() });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(installKeyProbe);
      if (process.env.BENCH_DEBUG) {
        page.on('request', (request) => {
          const data = request.postData();
          if (data && data.length > 5000) console.error('request', data.slice(0, 60), data.length);
        });
      }
      await page.goto(`${host.url}&lang=en`);
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 60_000 });
      const firstListMs = await page.evaluate(() => performance.now());
      await page.locator('.shell[aria-busy="false"]').waitFor();
      await page.getByRole('radio', { name: 'Split' }).click();
      // The newest article opens first; open another one so the click below really opens.
      await page.waitForTimeout(1000);
      const longStart = long.slice(3, 30);
      const largeStart = large.slice(3, 30);
      const openLargeMs = await openByRow(page, LARGE_TITLE, largeStart);
      const openArticleMs = await openByRow(page, LONG_TITLE, longStart);
      await page.waitForTimeout(1000);
      const keys = await typeKeys(page, options.keys, 1);
      // The writer looks at what they type: the preview shows the end of the article.
      await page.evaluate(() => {
        const preview = document.querySelector('.preview');
        if (preview) preview.scrollTop = preview.scrollHeight;
      });
      await page.waitForTimeout(500);
      const previews: number[] = [];
      for (let n = 0; n < 5; n += 1) {
        previews.push(await previewAfterPause(page, `dấuhiệu${n}x`));
        await page.waitForTimeout(500);
      }
      await openByRow(page, LARGE_TITLE, largeStart);
      await page.waitForTimeout(2000);
      const cdp = await page.context().newCDPSession(page);
      if (options.profile !== undefined) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const largeKeys = await typeKeys(page, Math.max(50, Math.floor(options.keys / 3)), 2);
      let profileTop: ProfileEntry[] | undefined;
      if (options.profile !== undefined) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        await writeFile(options.profile, JSON.stringify(profile));
        profileTop = topSelfTime(profile, 25);
      }
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return {
        articles: options.articles + 2,
        spelling,
        openMs: round2(openMs),
        firstListMs: round2(firstListMs),
        openArticleMs: round2(openArticleMs),
        keystrokeP50Ms: round2(quantile(keys, 0.5)),
        keystrokeP95Ms: round2(quantile(keys, 0.95)),
        keystrokeP95MsLarge: round2(quantile(largeKeys, 0.95)),
        openLargeMs: round2(openLargeMs),
        previewUpdateMs: round2(quantile(previews, 0.5)),
        heapMB: round2(heap.usedSize / 2 ** 20),
        ...(profileTop === undefined ? {} : { profileTop }),
        words: { long: countWords(long), largeBytes: Buffer.byteLength(large) },
        machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round2) },
        date: new Date().toISOString(),
      };
    } finally {
      await browser.close();
      await host.close();
      await workspace.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** `bench renderer …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runRendererBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      keys: { type: 'string', default: '200' },
      spelling: { type: 'string', default: 'on' },
      profile: { type: 'string' },
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
  const keys = Number(values.keys);
  if (
    values.corpus === undefined ||
    !Number.isInteger(articles) ||
    articles < 0 ||
    !Number.isInteger(keys) ||
    keys < 10 ||
    (values.spelling !== 'on' && values.spelling !== 'off')
  ) {
    console.error(RENDERER_BENCH_USAGE);
    return 2;
  }
  const figures = await benchRenderer({
    corpus: values.corpus,
    articles,
    keys,
    spelling: values.spelling === 'on',
    ...(values.profile === undefined ? {} : { profile: values.profile }),
  });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
