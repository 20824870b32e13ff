import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '../../core/index.js';
import { openWorkspace, type NewArticle, type Workspace } from '../backend/index.js';
import { readJsonlArticles } from '../cli/jsonl.js';
import { round2, timed } from './stats.js';

/** Usage of the exchange benchmark. */
export const EXCHANGE_BENCH_USAGE =
  'usage: bench exchange --corpus FILE [--articles N] [--sent M] [--exported K] [--json OUT]\n' +
  '  Loads N real articles (default 10000) into workspace A, sends M of them (default 1000) as a\n' +
  '  bundle to an empty workspace B (preview, apply, apply again), edits them on both sides and\n' +
  '  sends them back (every one a conflict); exports K articles (default 100) as Markdown, HTML\n' +
  '  and Word, one file each; prints the time and size of each step.';

/** Loads articles into a new workspace. */
async function filled(dir: string, inputs: NewArticle[]): Promise<Workspace> {
  const workspace = await openWorkspace({ dir, owner: 'cli' });
  const created = await workspace.services.articles.createMany(inputs, 8);
  const failed = created.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  return workspace;
}

/** Makes a bundle of `ids` in `from` at `file`; answers its time and size. */
async function send(from: Workspace, ids: readonly string[], file: string) {
  const ms = await timed(() => from.services.bundles.make(ids, { kind: 'path', path: file }));
  return { ms: Math.round(ms), sizeMB: round2((await stat(file)).size / 2 ** 20) };
}

/** Previews and applies a bundle in `to`; answers the times and what the merge did. */
async function receive(to: Workspace, file: string) {
  let receiveId = '';
  const previewMs = await timed(async () => (receiveId = (await to.services.bundles.open(file)).receiveId));
  let summary: Record<string, number> = {};
  const applyMs = await timed(async () => (summary = (await to.services.bundles.apply(receiveId)).summary));
  const done = Object.fromEntries(Object.entries(summary).filter(([, count]) => count > 0));
  return { previewMs: Math.round(previewMs), applyMs: Math.round(applyMs), summary: done };
}

/** Appends a line to each article, as a writer would. */
async function edit(workspace: Workspace, ids: readonly string[], line: string): Promise<void> {
  for (const id of ids) {
    const article = await workspace.services.articles.get(id);
    await workspace.handlers['articles:save']({
      id,
      baseRev: article.rev,
      body: `${article.body}\n\n${line}`,
    });
  }
}

/** Runs the exchange benchmark on fresh temp workspaces and prints its figures. */
export async function runExchangeBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      sent: { type: 'string', default: '1000' },
      exported: { type: 'string', default: '100' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const [count, sent, exported] = [values.articles, values.sent, values.exported].map(Number) as [
    number,
    number,
    number,
  ];
  const valid = [count, sent, exported].every((n) => Number.isInteger(n) && n >= 1) && sent <= count;
  if (values.help === true || values.corpus === undefined || !valid || exported > count) {
    console.log(EXCHANGE_BENCH_USAGE);
    return values.help === true ? 0 : 2;
  }
  const { articles } = await readJsonlArticles(values.corpus, count);
  const inputs = Array.from({ length: count }, (_, i) => articles[i % articles.length]!);
  const root = await mkdtemp(path.join(os.tmpdir(), 'rd-bench-exchange-'));
  try {
    const a = await filled(path.join(root, 'a'), inputs);
    const b = await openWorkspace({ dir: path.join(root, 'b'), owner: 'cli' });
    const ids = a.services.articles
      .list('active')
      .slice(0, sent)
      .map((article) => article.id);
    const there = path.join(root, 'a-to-b.rdbundle');
    const bundle = await send(a, ids, there);
    const first = await receive(b, there);
    const again = await receive(b, there);
    await edit(a, ids, 'Đoạn thêm trên máy A.');
    await edit(b, ids, 'Đoạn thêm trên máy B.');
    const back = path.join(root, 'b-to-a.rdbundle');
    const returned = await send(b, ids, back);
    const conflicts = await receive(a, back);

    const exports: Record<string, { ms: number; sizeMB: number }> = {};
    const sample = ids.slice(0, exported);
    for (const format of ['md', 'html', 'docx'] as ExportFormat[]) {
      const out = path.join(root, `export-${format}`);
      await mkdir(out);
      let bytes = 0;
      const ms = await timed(async () => {
        const result = await a.services.exports.run(
          { ids: sample, format, packaging: 'separate' },
          { kind: 'path', path: out },
        );
        bytes = result.result.files.reduce((sum, file) => sum + file.size, 0);
      });
      exports[format] = { ms: Math.round(ms), sizeMB: round2(bytes / 2 ** 20) };
    }
    await a.close();
    await b.close();
    const figures = {
      articles: count,
      sent,
      bundle,
      received: first,
      receivedAgain: again,
      sentBack: returned,
      receivedBack: conflicts,
      export: { articles: sample.length, ...exports },
      loadAverage: os.loadavg().map(round2),
    };
    console.log(JSON.stringify(figures, null, 2));
    if (values.json !== undefined) await writeFile(values.json, JSON.stringify(figures, null, 2) + '\n');
    return 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
