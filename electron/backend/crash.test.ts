import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from './check.js';
import { versionBody } from './crash-writer.child.js';
import { openWorkspace } from './workspace.js';

/** Number of kills; CRASH_KILLS overrides it for a longer soak. */
const KILLS = Number(process.env.CRASH_KILLS ?? 300);
const ARTICLES = 4;

let root: string;
let script: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-crash-'));
  script = path.join(root, 'crash-writer.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'crash-writer.child.ts')],
    outfile: script,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

interface Run {
  acks: Map<number, number>;
  ready: boolean;
}

/** A writer process that has loaded and waits for `go`. */
interface Warm {
  child: ChildProcess;
  closed: Promise<void>;
}

function spawnWriter(dir: string, ids: string[]): Warm {
  const child = spawn(process.execPath, [script, dir, ids.join(',')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return { child, closed };
}

/** Starts a waiting writer and SIGKILLs it at a random moment; resolves with what it acknowledged. */
async function runAndKill(warm: Warm, starts: number[], early: boolean): Promise<Run> {
  const { child } = warm;
  const run: Run = { acks: new Map(), ready: false };
  let buffered = '';
  const kill = () => child.kill('SIGKILL');
  const delay = () => 5 + Math.random() * 55;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [word, article, version] = line.split(' ');
      if (word === 'ready' && !run.ready) {
        run.ready = true;
        if (!early) setTimeout(kill, delay());
      } else if (word === 'ack') {
        run.acks.set(Number(article), Number(version));
      }
    }
  });
  child.stdin!.write(`go ${starts.join(',')}\n`);
  // An early kill lands while the workspace is being opened (lock, index, scan).
  if (early) setTimeout(kill, Math.random() * 10);
  await warm.closed;
  return run;
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const dir = path.join(root, 'ws');
    const setup = await openWorkspace({ dir });
    const ids: string[] = [];
    for (let i = 0; i < ARTICLES; i += 1) ids.push((await setup.articles.create({ title: `Bài ${i}` })).id);
    await setup.close();

    const acknowledged = ids.map(() => 0);
    const next = ids.map(() => 1);
    let totalAcks = 0;
    const pool = [spawnWriter(dir, ids)];
    for (let kill = 0; kill < KILLS; kill += 1) {
      pool.push(spawnWriter(dir, ids));
      const run = await runAndKill(pool.shift()!, next, kill % 10 === 9);
      for (const [article, version] of run.acks) {
        acknowledged[article] = Math.max(acknowledged[article]!, version);
        totalAcks += 1;
      }
      const workspace = await openWorkspace({ dir });
      for (let article = 0; article < ARTICLES; article += 1) {
        const { body, title } = await workspace.articles.get(ids[article]!);
        const version = body === '' ? 0 : Number(/^phiên bản (\d+) /.exec(body)?.[1]);
        expect(version, `article ${article} after kill ${kill}`).toBeGreaterThanOrEqual(
          acknowledged[article]!,
        );
        if (version > 0) {
          expect(body).toBe(versionBody(article, version));
          expect(title).toBe(`Bài ${article} v${version}`);
        }
        next[article] = version + 1;
      }
      expect(workspace.info().recovery).toEqual([]);
      await workspace.close();
      const report = await checkWorkspace(dir);
      expect(report.issues, `check after kill ${kill}`).toEqual([]);
    }
    for (const warm of pool) warm.child.kill('SIGKILL');
    await Promise.all(pool.map((warm) => warm.closed));
    expect(totalAcks).toBeGreaterThan(KILLS);
    expect(await readdir(dir)).not.toContain('lock');
  });

  it('releases the lock when the process exits without closing', async () => {
    const dir = path.join(root, 'exit');
    const child = spawn(process.execPath, [script, dir, 'exit'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    expect(output).toBe('ready\n');
    expect(await readdir(dir)).not.toContain('lock');
    expect(await readdir(dir)).toContain('workspace.json');
  });
});
