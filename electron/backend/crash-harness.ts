import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { checkWorkspace } from './check.js';
import { versionBody } from './crash-writer.child.js';
import { openWorkspace } from './workspace.js';

/** How a kill run goes. */
export interface CrashRunOptions {
  /** An empty scratch folder: the workspace and the built writer go here. */
  root: string;
  kills: number;
  /** Articles the writer saves in parallel. */
  articles?: number;
  /** Called after each verified kill (progress). */
  onKill?: (kill: number) => void;
}

/** What a kill run found. */
export interface CrashRunResult {
  kills: number;
  /** Kills made only after the writer's first acknowledged save. */
  killsAfterAck: number;
  /** Saves the writer acknowledged (printed after the save resolved). */
  savesAcknowledged: number;
  /** Journal writes the writer acknowledged. */
  journalAcknowledged: number;
  /** Acknowledged saves missing after a kill: must be 0. */
  savesLost: number;
  /** Acknowledged journal texts that neither the article nor the journal held after a kill: must be 0. */
  journalLost: number;
  /** Every broken promise, in words (the first 20). */
  failures: string[];
  ms: number;
}

/** Bundles the crash writer (a child process script) into `root`; resolves to its path. */
export async function buildCrashWriter(root: string, source: string): Promise<string> {
  const script = path.join(root, 'crash-writer.mjs');
  await build({
    entryPoints: [source],
    outfile: script,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return script;
}

interface Acks {
  /** The last acknowledged version per article. */
  saves: Map<number, number>;
  journal: Map<number, number>;
  saveCount: number;
  journalCount: number;
}

interface Warm {
  child: ChildProcess;
  closed: Promise<void>;
}

function spawnWriter(script: string, dir: string, ids: string[]): Warm {
  const child = spawn(process.execPath, [script, dir, ids.join(',')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return { child, closed };
}

/**
 * When a writer is killed: while it opens the workspace, at a random moment
 * after it is ready (during its first writes or later), or at a random moment
 * after its first acknowledged save, so that every run proves saves were
 * acknowledged however slow the machine is.
 */
type KillMoment = 'opening' | 'after-ready' | 'after-ack';

/** Starts a waiting writer and SIGKILLs it at a random moment of the kind asked. */
async function runAndKill(warm: Warm, starts: number[], moment: KillMoment): Promise<Acks> {
  const { child } = warm;
  const acks: Acks = { saves: new Map(), journal: new Map(), saveCount: 0, journalCount: 0 };
  let ready = false;
  let buffered = '';
  const kill = () => child.kill('SIGKILL');
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [word, article, version] = line.split(' ');
      if (word === 'ready' && !ready) {
        ready = true;
        if (moment === 'after-ready') setTimeout(kill, 5 + Math.random() * 95);
      } else if (word === 'ack') {
        acks.saves.set(Number(article), Number(version));
        acks.saveCount += 1;
        if (moment === 'after-ack' && acks.saveCount === 1) setTimeout(kill, Math.random() * 95);
      } else if (word === 'jack') {
        acks.journal.set(Number(article), Number(version));
        acks.journalCount += 1;
      }
    }
  });
  child.stdin!.write(`go ${starts.join(',')}\n`);
  if (moment === 'opening') setTimeout(kill, Math.random() * 10);
  await warm.closed;
  return acks;
}

const versionOf = (body: string) => (body === '' ? 0 : Number(/^phiên bản (\d+) /.exec(body)?.[1] ?? NaN));

/**
 * The kill harness: a child process journals and saves numbered versions of
 * several articles through the backend; it is killed with SIGKILL at random
 * moments (one in ten while it opens the workspace, four in ten only
 * after their first acknowledged save). After each kill the
 * workspace must open with nothing to repair, pass `check`, and every
 * article hold its last acknowledged save or a later one, while the article
 * or the journal holds the last acknowledged journal text or a later one.
 */
export async function runCrashHarness(options: CrashRunOptions, script: string): Promise<CrashRunResult> {
  const started = performance.now();
  const count = options.articles ?? 4;
  const dir = path.join(options.root, 'ws');
  const setup = await openWorkspace({ dir, owner: 'cli' });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1)
    ids.push((await setup.services.articles.create({ title: `Bài ${i}` })).id);
  await setup.close();

  const result: CrashRunResult = {
    kills: 0,
    killsAfterAck: 0,
    savesAcknowledged: 0,
    journalAcknowledged: 0,
    savesLost: 0,
    journalLost: 0,
    failures: [],
    ms: 0,
  };
  const fail = (message: string) => result.failures.length < 20 && result.failures.push(message);
  const saved = ids.map(() => 0);
  const journalled = ids.map(() => 0);
  const next = ids.map(() => 1);
  const pool = [spawnWriter(script, dir, ids)];
  for (let kill = 0; kill < options.kills; kill += 1) {
    pool.push(spawnWriter(script, dir, ids));
    const moment: KillMoment = kill % 10 === 9 ? 'opening' : kill % 2 === 0 ? 'after-ready' : 'after-ack';
    const acks = await runAndKill(pool.shift()!, next, moment);
    result.kills += 1;
    if (moment === 'after-ack') result.killsAfterAck += 1;
    for (const [article, version] of acks.saves) saved[article] = Math.max(saved[article]!, version);
    for (const [article, version] of acks.journal)
      journalled[article] = Math.max(journalled[article]!, version);
    result.savesAcknowledged += acks.saveCount;
    result.journalAcknowledged += acks.journalCount;

    const workspace = await openWorkspace({ dir, owner: 'cli' });
    const pending = new Map(
      (await workspace.handlers['journal:pending']({})).map((entry) => [entry.articleId, entry]),
    );
    for (let article = 0; article < count; article += 1) {
      const { body, title } = await workspace.services.articles.get(ids[article]!);
      const version = versionOf(body);
      if (!(version >= saved[article]!)) {
        result.savesLost += 1;
        fail(`kill ${kill}: article ${article} holds version ${version}, ${saved[article]} was acknowledged`);
      }
      if (version > 0 && (body !== versionBody(article, version) || title !== `Bài ${article} v${version}`)) {
        fail(`kill ${kill}: article ${article} holds a damaged version ${version}`);
      }
      const entry = pending.get(ids[article]!);
      const journalVersion = entry === undefined ? 0 : versionOf(entry.body);
      if (entry !== undefined && entry.body !== versionBody(article, journalVersion)) {
        fail(`kill ${kill}: the journal of article ${article} holds a damaged text`);
      }
      if (Math.max(version, journalVersion) < journalled[article]!) {
        result.journalLost += 1;
        fail(`kill ${kill}: journal text ${journalled[article]} of article ${article} is gone`);
      }
      next[article] = version + 1;
    }
    const events = workspace.info().recovery;
    if (events.length > 0) fail(`kill ${kill}: the open had to repair ${JSON.stringify(events)}`);
    await workspace.close();
    const report = await checkWorkspace(dir);
    if (report.issues.length > 0) fail(`kill ${kill}: check found ${JSON.stringify(report.issues)}`);
    options.onKill?.(kill);
  }
  for (const warm of pool) warm.child.kill('SIGKILL');
  await Promise.all(pool.map((warm) => warm.closed));
  result.ms = performance.now() - started;
  return result;
}
