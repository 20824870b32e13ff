import { readTextFile } from '../body-file.js';
import { call, UsageError, withWorkspace, type Command } from '../command.js';

/** `add --title T [--body-file F]`: creates an article and prints its id. */
export const addCommand: Command = {
  name: 'add',
  summary: 'add an article and print its id',
  synopsis: 'add --title T [--body-file F]',
  details: ['--title T       title of the article', '--body-file F   markdown body from file F (- = stdin)'],
  options: { title: { type: 'string' }, 'body-file': { type: 'string' } },
  positionals: [0, 0],
  async run(context) {
    const title = context.values.title;
    if (typeof title !== 'string') throw new UsageError('add needs --title', addCommand);
    const file = context.values['body-file'];
    const body = typeof file === 'string' ? await readTextFile(file, context.io.stdin) : '';
    const article = await withWorkspace(context, 'write', (workspace) =>
      call(workspace, 'articles:create', { title, body }),
    );
    context.io.stdout(`${article.id}\n`);
  },
};
