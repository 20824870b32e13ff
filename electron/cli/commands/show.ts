import { citedKeys } from '../../../core/index.js';
import { call, withWorkspace, type Command } from '../command.js';
import { json, UNTITLED } from '../format.js';

/** `show ID [--json]`: one article with its body. */
export const showCommand: Command = {
  name: 'show',
  summary: 'print one article',
  synopsis: 'show ID [--json]',
  details: ['--json   print the article as JSON, with the citation keys it uses (citations)'],
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    const article = await withWorkspace(context, 'read', (workspace) =>
      call(workspace, 'articles:get', { id }),
    );
    if (context.values.json === true) {
      context.io.stdout(json({ ...article, citations: citedKeys(article.body) }));
      return;
    }
    const lines = [
      `# ${article.title === '' ? UNTITLED : article.title}`,
      `id: ${article.id}`,
      `status: ${article.deletedAt === null ? article.status : `${article.status} (in the trash)`}`,
      `updated: ${article.updatedAt}`,
      `words: ${article.wordCount}`,
      `revision: ${article.rev}`,
      '',
      article.body,
    ];
    context.io.stdout(lines.join('\n') + (article.body.endsWith('\n') ? '' : '\n'));
  },
};
