import { readTextFile } from '../body-file.js';
import { call, UsageError, withWorkspace, type Command } from '../command.js';

/** `edit ID [--title T] [--body-file F]`: saves a new title and/or body. */
export const editCommand: Command = {
  name: 'edit',
  summary: "change an article's title and/or body",
  synopsis: 'edit ID [--title T] [--body-file F]',
  details: ['--title T       new title', '--body-file F   new markdown body from file F (- = stdin)'],
  options: { title: { type: 'string' }, 'body-file': { type: 'string' } },
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    const title = context.values.title as string | undefined;
    const file = context.values['body-file'] as string | undefined;
    if (title === undefined && file === undefined)
      throw new UsageError('edit needs --title or --body-file', editCommand);
    const body = file === undefined ? undefined : await readTextFile(file, context.io.stdin);
    const result = await withWorkspace(context, 'write', (workspace) =>
      call(workspace, 'articles:save', { id, title, body }),
    );
    context.io.stdout(`Saved ${id} (revision ${result.article.rev}, ${result.article.wordCount} words).\n`);
  },
};
