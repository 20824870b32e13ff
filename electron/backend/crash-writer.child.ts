// A child process for the crash tests. It loads, then waits for a line
// `go START,START,…` on stdin (so the test can start it ahead of time), opens
// the workspace and saves numbered versions of several articles as fast as it
// can, each version first journalled (as the editor does before its
// autosave), printing `jack <article> <version>` once the journal write and
// `ack <article> <version>` once the save has resolved. The test kills it at
// random.
//   node crash-writer.mjs DIR ID,ID,…     (or: DIR exit — open, then exit without closing)
import { openWorkspace } from './workspace.js';

/** The exact content of version `version` of article number `article`. */
export function versionBody(article: number, version: number): string {
  const filler = 'Người viết phản bác luận điệu sai trái bằng chứng cứ xác thực. '.repeat(
    20 + ((version * 7) % 40),
  );
  return `phiên bản ${version} của bài ${article}\n\n${filler}`;
}

function startSignal(): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const line = /^go (.*)\n/.exec(text);
      if (line) resolve(line[1]!);
    });
  });
}

async function main(args: string[]): Promise<void> {
  const [dir, idList] = args as [string, string];
  const startList = idList === 'exit' ? '' : await startSignal();
  const workspace = await openWorkspace({ dir, owner: 'cli' });
  process.stdout.write('ready\n');
  if (idList === 'exit') process.exit(0);
  const ids = idList.split(',');
  const starts = startList.split(',').map(Number);
  await Promise.all(
    ids.map(async (id, article) => {
      for (let version = starts[article] ?? 1; ; version += 1) {
        await workspace.handlers['journal:write']({
          articleId: id,
          title: `Bài ${article} v${version}`,
          body: versionBody(article, version),
        });
        process.stdout.write(`jack ${article} ${version}\n`);
        await workspace.services.articles.save({
          id,
          title: `Bài ${article} v${version}`,
          body: versionBody(article, version),
        });
        process.stdout.write(`ack ${article} ${version}\n`);
      }
    }),
  );
}

if (process.argv[1]?.endsWith('crash-writer.mjs')) await main(process.argv.slice(2));
