import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { initTeamDatabase, openWorkspace, type Workspace } from '../backend/index.js';
import { CouchServer } from '../backend/team/testing/couch-server.js';
import { corpusArticles } from './corpus.js';
import { seededRandom } from './graph-workspace.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the team benchmark. */
export const TEAM_BENCH_USAGE =
  'usage: bench team [--corpus FILE] [--articles N] [--clients K] [--minutes M] [--seed S] [--json OUT]\n' +
  '  Starts PouchDB Server (express-pouchdb, in memory) on 127.0.0.1 in this process. One workspace\n' +
  '  pushes N real articles (default 10000; corpus default ../shared/corpus/vi-news/articles.jsonl);\n' +
  "  a fresh workspace's first sync is timed (and its process's peak RSS). Then K clients (default 5)\n" +
  '  edit random articles (some the same ones, for conflicts) and sync in rounds for M minutes\n' +
  '  (default 1, fractions allowed), then sync until a round changes nothing; every edit must be on\n' +
  '  every client at the end (lostEdits 0).';

const DEFAULT_CORPUS = '../shared/corpus/vi-news/articles.jsonl';
const DB = 'team';
const ADMIN = { user: 'admin', password: 'bench-admin-secret' };
const USERS = [
  { user: 'bench-editor', password: 'bench-editor-secret', roles: ['editor'] },
  { user: 'bench-writer', password: 'bench-writer-secret', roles: ['writer'] },
];
/** Articles every client edits now and then, so that some edits meet as conflicts. */
const HOT_ARTICLES = 10;
/** Full rounds allowed after the editing before the library must be quiet. */
const MAX_QUIET_ROUNDS = 10;
/** Each edit adds a sentence carrying this mark, so where it went can be traced. */
const MARK = /\(sửa (\d+-\d+)\)/g;

const versionOf = async (name: string) =>
  (JSON.parse(await readFile(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

/** Opens a fresh workspace as the CLI does (sync on demand) and connects it as user `u`. */
async function client(dir: string, server: CouchServer, u: number): Promise<Workspace> {
  const workspace = await openWorkspace({ dir, owner: 'cli' });
  const { user, password } = USERS[u % USERS.length]!;
  await workspace.handlers['team:connect']({ server: server.url, db: DB, user, password });
  return workspace;
}

/** One sync; anything but synced is a failure of the bench. */
async function sync(workspace: Workspace): Promise<void> {
  const status = await workspace.handlers['team:sync']({});
  if (status.state !== 'synced' || status.waiting !== 0)
    throw new Error(`sync ended ${status.state} with ${status.waiting} waiting: ${status.error ?? ''}`);
}

/** Runs `task` and answers its time and the peak RSS of this process meanwhile. */
async function measured(task: () => Promise<unknown>): Promise<{ ms: number; peakRssMB: number }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  try {
    const ms = await timed(task);
    return { ms: Math.round(ms), peakRssMB: round2(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20) };
  } finally {
    clearInterval(sampler);
  }
}

/** What could still change: the server's sequence and every client's article revisions. */
async function fingerprint(server: CouchServer, clients: readonly Workspace[]): Promise<string> {
  const { body } = await server.request('GET', `/${DB}`);
  const parts = [String(body.update_seq)];
  for (const workspace of clients)
    parts.push(
      workspace.services.articles
        .snapshot()
        .map(({ meta }) => `${meta.id}:${meta.rev}`)
        .join(','),
    );
  return parts.join('|');
}

/** The edit marks in every article body of a workspace (conflict copies included). */
async function marksOn(workspace: Workspace): Promise<Set<string>> {
  const marks = new Set<string>();
  for (const { id } of workspace.services.articles.list('active'))
    for (const match of (await workspace.services.articles.get(id)).body.matchAll(MARK)) marks.add(match[1]!);
  return marks;
}

interface TeamBenchOptions {
  corpus: string;
  articles: number;
  clients: number;
  minutes: number;
  seed: number;
}

async function benchTeam(root: string, server: CouchServer, options: TeamBenchOptions) {
  const next = seededRandom(options.seed);
  const inputs = await corpusArticles(options.corpus, options.articles);
  const pusher = await client(path.join(root, 'pusher'), server, 0);
  const created = await pusher.services.articles.createMany(inputs, 8);
  const failed = created.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  const push = await measured(() => sync(pusher));
  const ids = pusher.services.articles.list('active').map((summary) => summary.id);
  await pusher.close();

  const rssBeforeFirstSyncMB = round2(process.memoryUsage.rss() / 2 ** 20);
  const clients = [await client(path.join(root, 'client-0'), server, 0)];
  const first = await measured(() => sync(clients[0]!));
  const otherFirstSyncMs: number[] = [];
  for (let c = 1; c < options.clients; c++) {
    const workspace = await client(path.join(root, `client-${c}`), server, c);
    otherFirstSyncMs.push((await measured(() => sync(workspace))).ms);
    clients.push(workspace);
  }

  // Editing: each round every client edits one to three articles, then each syncs.
  const authorOf = new Map<string, { client: number; article: string }>();
  const syncMs: number[] = [];
  let rounds = 0;
  const until = performance.now() + options.minutes * 60_000;
  while (performance.now() < until) {
    rounds++;
    for (const [c, workspace] of clients.entries()) {
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const pool = next() < 0.3 ? HOT_ARTICLES : ids.length;
        const id = ids[Math.floor(next() * Math.min(pool, ids.length))]!;
        const mark = `${c}-${authorOf.size}`;
        const article = await workspace.services.articles.get(id);
        const body = `${article.body}\n\nĐoạn sửa của máy ${c + 1}, lần ${authorOf.size} (sửa ${mark}).`;
        await workspace.handlers['articles:save']({ id, baseRev: article.rev, body });
        authorOf.set(mark, { client: c, article: id });
      }
    }
    for (const workspace of clients) syncMs.push(await timed(() => sync(workspace)));
  }

  let quietAfter = -1;
  for (let round = 1; round <= MAX_QUIET_ROUNDS && quietAfter < 0; round++) {
    const before = await fingerprint(server, clients);
    for (const workspace of clients) await sync(workspace);
    if ((await fingerprint(server, clients)) === before) quietAfter = round;
  }

  let editsReceived = 0;
  const lost = new Set<string>();
  const copies = new Set<string>();
  const conflictsListed: number[] = [];
  for (const [c, workspace] of clients.entries()) {
    const marks = await marksOn(workspace);
    for (const [mark, author] of authorOf) {
      if (!marks.has(mark)) lost.add(mark);
      else if (author.client !== c) editsReceived++;
    }
    const conflicts = await workspace.handlers['bundles:conflicts']({});
    conflictsListed.push(conflicts.length);
    for (const conflict of conflicts) copies.add(conflict.copyId);
  }
  const rssMB = round2(process.memoryUsage.rss() / 2 ** 20);
  await Promise.all(clients.map((workspace) => workspace.close()));
  return {
    articles: options.articles,
    clients: options.clients,
    minutes: options.minutes,
    seed: options.seed,
    server: `PouchDB Server (express-pouchdb ${await versionOf('express-pouchdb')}, pouchdb-adapter-memory ${await versionOf('pouchdb-adapter-memory')}) in this process on 127.0.0.1`,
    firstPushMs: push.ms,
    rssBeforeFirstSyncMB,
    firstSyncMs: first.ms,
    firstSyncRssMB: first.peakRssMB,
    otherFirstSyncMs,
    rounds,
    syncMsP50: round2(quantile(syncMs, 0.5)),
    syncMsP95: round2(quantile(syncMs, 0.95)),
    editsSent: authorOf.size,
    editsReceived,
    editsExpected: authorOf.size * (options.clients - 1),
    conflicts: copies.size,
    conflictsListed,
    lostEdits: lost.size,
    lostSample: [...lost].slice(0, 10).map((mark) => ({ mark, ...authorOf.get(mark)! })),
    quietAfterRounds: quietAfter,
    rssMB,
    loadAverage: os.loadavg().map(round2),
  };
}

/** `bench team …`: parses the arguments, runs, prints (and writes --json OUT). */
export async function runTeamBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      articles: { type: 'string', default: '10000' },
      clients: { type: 'string', default: '5' },
      minutes: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const [articles, clients, minutes, seed] = [
    values.articles,
    values.clients,
    values.minutes,
    values.seed,
  ].map(Number) as [number, number, number, number];
  const valid =
    Number.isInteger(articles) &&
    articles >= 1 &&
    Number.isInteger(clients) &&
    clients >= 2 &&
    minutes > 0 &&
    Number.isInteger(seed);
  if (values.help === true || !valid) {
    console.log(TEAM_BENCH_USAGE);
    return values.help === true ? 0 : 2;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-team-'));
  const server = new CouchServer();
  try {
    await server.start();
    await server.createAdmin(ADMIN.user, ADMIN.password);
    for (const { user, password, roles } of USERS) await server.createUser(user, password, roles);
    await initTeamDatabase({ server: server.url, db: DB, admin: ADMIN.user, password: ADMIN.password });
    const figures = await benchTeam(root, server, {
      corpus: values.corpus,
      articles,
      clients,
      minutes,
      seed,
    });
    console.log(JSON.stringify(figures, null, 2));
    if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
    return figures.lostEdits === 0 && figures.quietAfterRounds > 0 ? 0 : 1;
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
