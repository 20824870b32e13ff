import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../backend/index.js';
import { corpusArticles } from './corpus.js';
import { quantile, round2, timed } from './stats.js';

/** Usage of the history benchmark. */
export const HISTORY_BENCH_USAGE =
  'usage: bench history --corpus FILE [--articles N] [--json OUT]\n' +
  '  Loads N articles (default 10000) and measures a revision snapshot and a crash-journal\n' +
  '  write of one article (p50/p95, size), then a whole-workspace backup and its restore.';

/** Runs the history benchmark on a fresh temp workspace and prints its figures. */
export async function runHistoryBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const count = Number(values.articles);
  if (values.help === true || values.corpus === undefined || !Number.isInteger(count) || count < 1) {
    console.log(HISTORY_BENCH_USAGE);
    return values.help === true ? 0 : 2;
  }
  const inputs = await corpusArticles(values.corpus, count);
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-history-'));
  try {
    const dir = path.join(root, 'ws');
    const workspace = await openWorkspace({ dir, owner: 'cli' });
    const created = await workspace.services.articles.createMany(inputs, 8);
    const failed = created.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
    const sample = workspace.services.articles.list('active').slice(0, 100);
    const snapshots: number[] = [];
    const journal: number[] = [];
    let rawBytes = 0;
    for (const { id } of sample) {
      const { title, body } = await workspace.services.articles.get(id);
      rawBytes += Buffer.byteLength(JSON.stringify({ title, body }));
      snapshots.push(await timed(() => workspace.handlers['revisions:create']({ articleId: id })));
      journal.push(await timed(() => workspace.handlers['journal:write']({ articleId: id, title, body })));
    }
    let revisionBytes = 0;
    for (const { id } of sample) {
      const [meta] = await workspace.handlers['revisions:list']({ articleId: id });
      revisionBytes += (await stat(path.join(dir, 'revisions', id, `${meta!.id}.json.gz`))).size;
    }
    let backupName = '';
    const backupMs = await timed(
      async () => (backupName = (await workspace.handlers['backups:create']({})).name),
    );
    const backupBytes = (await stat(path.join(dir, 'backups', backupName))).size;
    const restoreMs = await timed(() => workspace.handlers['backups:restore']({ name: backupName }));
    await workspace.close();
    const figures = {
      articles: count,
      revision: {
        p50Ms: round2(quantile(snapshots, 0.5)),
        p95Ms: round2(quantile(snapshots, 0.95)),
        meanBytes: Math.round(revisionBytes / sample.length),
        meanTextBytes: Math.round(rawBytes / sample.length),
      },
      journal: { p50Ms: round2(quantile(journal, 0.5)), p95Ms: round2(quantile(journal, 0.95)) },
      backup: { ms: Math.round(backupMs), sizeMB: round2(backupBytes / 2 ** 20) },
      restoreMs: Math.round(restoreMs),
    };
    console.log(JSON.stringify(figures, null, 2));
    if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
    return 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
