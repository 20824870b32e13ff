import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { dispatch } from '../../core/index.js';
import { openWorkspace } from '../backend/index.js';
import { newToken } from '../webhost/auth.js';
import { startWebHost } from '../webhost/server.js';
import { fillGraphWorkspace, type GraphWorkspaceFigures } from './graph-workspace.js';
import {
  installProbe,
  framesAfter,
  openingFigures,
  readProbe,
  type InteractionFigures,
  type OpeningFigures,
} from './graph-probe.js';
import { topSelfTime, type CpuProfile, type ProfileEntry } from './graph-profile.js';
import { round2, timed } from './stats.js';

/** Usage of the graph benchmark. */
export const GRAPH_BENCH_USAGE =
  'usage: bench graph --corpus FILE [--articles N] [--seed N] [--workspace DIR] [--all] [--profile OUT] [--trace OUT] [--screenshot PNG] [--zoom-screenshot PNG] [--json OUT]\n' +
  '  Builds a workspace of N corpus articles (default 10000) with seeded synthetic wiki-links, tags and\n' +
  '  claims (kept in DIR and reused when given), serves the built renderer (`npm run build` first) and\n' +
  '  opens the whole-workspace link graph in headless Chromium: click to first frame, long tasks,\n' +
  '  frame times while the layout runs, a zoom, a continuous wheel gesture, JS heap. --all then presses "Show all" and measures that drawing\n' +
  '  instead. --profile / --trace write the CPU profile / Chromium trace of the opening; --screenshot the settled view;\n' +
  '  --zoom-screenshot PNG writes PNG-mid.png (halfway through the wheel gesture) and PNG-after.png.';

const SETTLE_TIMEOUT_MS = 90_000;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'blink', 'cc'];

/** What the graph benchmark reports. */
interface GraphFigures {
  workspace: GraphWorkspaceFigures | 'reused';
  /** The backend building its link index once, before the page opens. */
  linkIndexMs: number;
  opening: OpeningFigures;
  zoom: InteractionFigures;
  /** A continuous wheel zoom (small steps 16 ms apart, in then out), while it lasts. */
  zoomGesture: GestureFigures;
  jsHeapMB: number;
  drawn: string;
  profileTop?: ProfileEntry[];
}

async function isEmpty(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length === 0;
}

/** Waits until the view reports that the layout has ended. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:settled').length > 0, null, {
    timeout: SETTLE_TIMEOUT_MS,
    polling: 250,
  });
}

/**
 * Clicks "Link graph" (and with `all`, once that settled, "Show all") and
 * waits for the layout to end; answers the figures of the last opening.
 */
async function openGraph(
  page: Page,
  all: boolean,
  out: { profile?: string; trace?: string; screenshot?: string; zoomScreenshot?: string },
) {
  const { profile: profileOut, trace: traceOut } = out;
  const cdp = await page.context().newCDPSession(page);
  const browser = page.context().browser()!;
  if (traceOut !== undefined)
    await browser.startTracing(page, { path: traceOut, categories: TRACE_CATEGORIES, screenshots: false });
  if (profileOut !== undefined) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.getByRole('button', { name: 'Link graph' }).click();
  await settled(page);
  const showAll = page.getByRole('button', { name: 'Show all (slower)' });
  if (all && (await showAll.count()) > 0) {
    await page.evaluate(() =>
      performance.getEntriesByType('mark').forEach((mark) => performance.clearMarks(mark.name)),
    );
    await showAll.click();
    await settled(page);
  }
  await page.waitForTimeout(500);
  if (traceOut !== undefined) await browser.stopTracing();
  let profileTop: ProfileEntry[] | undefined;
  if (profileOut !== undefined) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await writeFile(profileOut, JSON.stringify(profile));
    profileTop = topSelfTime(profile);
  }
  const opening = openingFigures(await page.evaluate(readProbe));
  if (out.screenshot !== undefined) await page.screenshot({ path: out.screenshot });

  const canvas = page.getByRole('img', { name: 'Graph of articles, claims and tags' });
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const zoomFrom = await page.evaluate(() => performance.now());
  for (let step = 0; step < 6; step++) {
    await page.mouse.wheel(0, step < 3 ? -240 : 240);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
  const zoom = framesAfter(await page.evaluate(readProbe), zoomFrom);
  const zoomGesture = await wheelGesture(page, out.zoomScreenshot);
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  const drawn =
    (await page.getByRole('region', { name: 'Link graph' }).getByRole('status').textContent()) ?? '';
  return { opening, zoom, zoomGesture, jsHeapMB: round2(heap / 2 ** 20), drawn, profileTop };
}

/** What the page did during a wheel gesture, and how often the wheel turned. */
interface GestureFigures extends InteractionFigures {
  /** Mean time between two wheel events. */
  wheelStepMs: number;
}

/** Wheel events of each half of a gesture (in, then out), one per animation frame. */
const GESTURE_STEPS = 20;

/**
 * Turns the wheel over the middle of the canvas once per animation frame,
 * `steps` times by `deltaY` (runs in the page: Playwright's own wheel
 * events come 30–50 ms apart, slower than a real wheel or touchpad).
 */
function turnWheel([steps, deltaY]: [number, number]): Promise<void> {
  const canvas = document.querySelector('[aria-label="Graph of articles, claims and tags"] canvas');
  if (!canvas) throw new Error('No graph canvas.');
  const box = canvas.getBoundingClientRect();
  const init = { deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  return new Promise((resolve) => {
    let left = steps;
    const step = () => {
      canvas.dispatchEvent(new WheelEvent('wheel', { ...init, bubbles: true, cancelable: true }));
      if (--left > 0) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
}

/**
 * Zooms with a continuous wheel gesture and answers the frames of the
 * gesture itself. With `screenshot` (a PNG path) it also takes `-mid.png`
 * between zooming in and out and `-after.png` once drawn.
 */
async function wheelGesture(page: Page, screenshot: string | undefined): Promise<GestureFigures> {
  await page.waitForTimeout(500);
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(turnWheel, [GESTURE_STEPS, -40] as [number, number]);
  if (screenshot !== undefined)
    await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-mid.png' });
  await page.evaluate(turnWheel, [GESTURE_STEPS, 30] as [number, number]);
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(600);
  if (screenshot !== undefined)
    await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-after.png' });
  return {
    ...framesAfter(await page.evaluate(readProbe), from, to),
    wheelStepMs: round2((to - from) / (2 * GESTURE_STEPS)),
  };
}

/** Runs the graph benchmark; `dir` is created and filled when empty, reused otherwise. */
async function benchGraph(options: {
  corpus: string;
  articles: number;
  seed: number;
  dir?: string;
  /** Measure the drawing of every node ("Show all") rather than the first, capped one. */
  all?: boolean;
  profile?: string;
  trace?: string;
  screenshot?: string;
  /** Screenshots in the middle of the wheel gesture and after it (PNG path prefix). */
  zoomScreenshot?: string;
}): Promise<GraphFigures> {
  const staticRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html')))
    throw new Error(`The renderer is not built (${staticRoot}); run \`npm run build\` first.`);
  const temp = options.dir === undefined ? await mkdtemp(path.join(os.tmpdir(), 'rd-bench-graph-')) : null;
  const dir = options.dir ?? path.join(temp!, 'workspace');
  try {
    let built: GraphWorkspaceFigures | 'reused' = 'reused';
    if (await isEmpty(dir)) {
      const setup = await openWorkspace({ dir, owner: 'cli' });
      built = await fillGraphWorkspace(setup, options.corpus, options.articles, options.seed);
      await setup.close();
    }
    const workspace = await openWorkspace({ dir, owner: 'webhost', searchIndex: 'on-demand' });
    const host = await startWebHost({ staticRoot, handlers: workspace.handlers, port: 0, token: newToken() });
    const browser = await launchChromium();
    try {
      const linkIndexMs = await timed(() => dispatch(workspace.handlers, 'links:check', {}));
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(installProbe);
      await page.goto(`${host.url}&lang=en&welcome=off`);
      await page.getByRole('button', { name: 'Link graph' }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_000);
      const figures = await openGraph(page, options.all === true, options);
      return { workspace: built, linkIndexMs: round2(linkIndexMs), ...figures };
    } finally {
      await browser.close();
      await host.close();
      await workspace.close();
    }
  } finally {
    if (temp !== null) await rm(temp, { recursive: true, force: true });
  }
}

/** `bench graph …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runGraphBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      workspace: { type: 'string' },
      all: { type: 'boolean', default: false },
      profile: { type: 'string' },
      trace: { type: 'string' },
      screenshot: { type: 'string' },
      'zoom-screenshot': { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(GRAPH_BENCH_USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (values.corpus === undefined || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    console.error(GRAPH_BENCH_USAGE);
    return 2;
  }
  const figures = await benchGraph({
    corpus: values.corpus,
    articles,
    seed,
    all: values.all === true,
    ...(values.workspace === undefined ? {} : { dir: path.resolve(values.workspace) }),
    ...(values.profile === undefined ? {} : { profile: values.profile }),
    ...(values.trace === undefined ? {} : { trace: values.trace }),
    ...(values.screenshot === undefined ? {} : { screenshot: values.screenshot }),
    ...(values['zoom-screenshot'] === undefined ? {} : { zoomScreenshot: values['zoom-screenshot'] }),
  });
  console.log(JSON.stringify(figures, null, 2));
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
