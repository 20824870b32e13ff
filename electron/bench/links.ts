import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch, type Channel, type ResponseOf } from '../../core/index.js';
import { openWorkspace, type Workspace } from '../backend/index.js';
import { LINK_CACHE_FILE } from '../backend/links/index.js';
import { fillLinksWorkspace } from './links-workspace.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the links benchmark. */
export const LINKS_BENCH_USAGE =
  'usage: bench links --corpus FILE [--articles N] [--queries N] [--seed N] [--workspace DIR] [--json OUT]\n' +
  '  Builds a workspace of N corpus articles (default 10000) with seeded synthetic wiki-links, then\n' +
  '  times the link index (cold build, warm open from its cache), links:forArticle, links:related,\n' +
  '  links:check, links:graph and the rename of a much-linked article. --workspace keeps the workspace\n' +
  '  in DIR and reuses it when DIR already holds one.';

/** Warm opens timed; the median is reported. */
const WARM_OPENS = 3;

async function call<C extends Channel>(workspace: Workspace, channel: C, payload: unknown) {
  const envelope = await dispatch(workspace.handlers, channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as ResponseOf<C>;
}

const open = (dir: string) => openWorkspace({ dir, owner: 'cli', searchIndex: 'on-demand' });

/** Opens the workspace and times the link index until it is ready; closing writes its cache. */
async function timedOpen(dir: string) {
  const started = performance.now();
  const workspace = await open(dir);
  const openMs = performance.now() - started;
  const readyMs = await timed(() => workspace.services.links.index.ready());
  const fromCache = workspace.services.links.index.buildStats?.fromCache ?? 0;
  const closeMs = await timed(() => workspace.close());
  return { openMs, readyMs, closeMs, fromCache };
}

/** `count` ids spread evenly over `ids`. */
function spread(ids: readonly string[], count: number): string[] {
  const step = Math.max(1, ids.length / count);
  const out: string[] = [];
  for (let at = 0; at < ids.length && out.length < count; at += step) out.push(ids[Math.floor(at)]!);
  return out;
}

async function timings(ids: readonly string[], run: (id: string) => Promise<unknown>) {
  const times: number[] = [];
  for (const id of ids) times.push(await timed(() => run(id)));
  return { p50Ms: round2(quantile(times, 0.5)), p95Ms: round2(quantile(times, 0.95)) };
}

async function medianOf(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(task));
  return round2(quantile(times, 0.5));
}

/** Active article ids in creation order and the article most others link to. */
function layout(workspace: Workspace) {
  const metas = workspace.services.articles
    .list('active')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const index = workspace.services.links.index;
  let hub = metas[0]!;
  let most = -1;
  for (const meta of metas) {
    const size = index.candidateSources(meta).size;
    if (size > most) [hub, most] = [meta, size];
  }
  return { ids: metas.map((meta) => meta.id), hub };
}

async function measureQueries(dir: string, queries: number) {
  const workspace = await open(dir);
  try {
    await workspace.services.links.index.ready();
    const { ids, hub } = layout(workspace);
    const sample = spread(ids, queries);
    await timings(spread(ids.slice(1), 20), (id) => call(workspace, 'links:forArticle', { id }));
    const forArticle = await timings(sample, (id) => call(workspace, 'links:forArticle', { id }));
    const forHubMs = round2(await timed(() => call(workspace, 'links:forArticle', { id: hub.id })));
    const firstRelatedMs = round2(await timed(() => call(workspace, 'links:related', { id: ids.at(-1) })));
    const related = await timings(sample, (id) => call(workspace, 'links:related', { id }));
    const checkMs = await medianOf(3, () => call(workspace, 'links:check', {}));
    const graphMs = await medianOf(3, () => call(workspace, 'links:graph', { scope: 'all' }));
    let outcome!: ResponseOf<'articles:rename'>;
    const renameMs = await timed(async () => {
      outcome = await call(workspace, 'articles:rename', { id: hub.id, title: `${hub.title} (sửa)` });
    });
    const afterRenameRelatedMs = round2(await timed(() => call(workspace, 'links:related', { id: hub.id })));
    const undoMs = await timed(() => call(workspace, 'links:undoRename', { renameId: outcome.renameId }));
    return {
      articles: ids.length,
      forArticle: {
        ...forArticle,
        hubMs: forHubMs,
        hubBacklinkSources: workspace.services.links.index.candidateSources(hub).size,
      },
      related: { ...related, firstMs: firstRelatedMs, afterRenameMs: afterRenameRelatedMs },
      checkMs,
      graphAllMs: graphMs,
      rename: {
        ms: round2(renameMs),
        linksChanged: outcome.linksChanged,
        articlesChanged: outcome.articlesChanged,
        undoMs: round2(undoMs),
      },
    };
  } finally {
    await workspace.close();
  }
}

async function ensureWorkspace(dir: string, corpus: string, count: number, seed: number) {
  if (existsSync(path.join(dir, 'workspace.json'))) return null;
  const workspace = await open(dir);
  try {
    const started = performance.now();
    const filled = await fillLinksWorkspace(workspace, corpus, count, seed);
    return { ms: Math.round(performance.now() - started), links: filled.links, mentions: filled.mentions };
  } finally {
    await workspace.close();
  }
}

async function cacheBytes(dir: string): Promise<number | null> {
  try {
    return (await stat(path.join(dir, LINK_CACHE_FILE))).size;
  } catch {
    return null;
  }
}

/** Runs the benchmark on the workspace in `dir` (made first when missing). */
async function benchLinks(dir: string, corpus: string, count: number, queries: number, seed: number) {
  const setup = await ensureWorkspace(dir, corpus, count, seed);
  await rm(path.join(dir, LINK_CACHE_FILE), { force: true });
  const cold = await timedOpen(dir);
  const cacheSize = await cacheBytes(dir);
  const warm: Array<Awaited<ReturnType<typeof timedOpen>>> = [];
  for (let i = 0; i < WARM_OPENS; i++) warm.push(await timedOpen(dir));
  const measured = await measureQueries(dir, queries);
  return {
    ...measured,
    setup,
    openWorkspaceMs: round2(cold.openMs),
    coldBuildMs: round2(cold.readyMs),
    closeWithCacheWriteMs: round2(cold.closeMs),
    warmReadyMs: round2(
      quantile(
        warm.map((run) => run.readyMs),
        0.5,
      ),
    ),
    warmFromCache: warm[0]!.fromCache,
    cacheMB: cacheSize === null ? null : round2(cacheSize / 1e6),
    loadAverage: round2(loadavg()[0]!),
  };
}

/** `bench links …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runLinksBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      queries: { type: 'string', default: '200' },
      seed: { type: 'string', default: '4' },
      workspace: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(LINKS_BENCH_USAGE);
    return 0;
  }
  const numbers = [values.articles, values.queries, values.seed].map(Number);
  if (values.corpus === undefined || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(LINKS_BENCH_USAGE);
    return 2;
  }
  const [count, queries, seed] = numbers as [number, number, number];
  const keep = values.workspace !== undefined;
  const dir = keep ? path.resolve(values.workspace!) : await mkdtemp(path.join(tmpdir(), 'rd-bench-links-'));
  try {
    const figures = await benchLinks(dir, values.corpus, count, queries, seed);
    console.log(JSON.stringify(figures, null, 2));
    if (values.json !== undefined) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
  return 0;
}
