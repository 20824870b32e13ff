import { call, withWorkspace, type Command } from '../command.js';
import { articleTable, json } from '../format.js';

/** `list [--json] [--trash]`: the article list, newest change first. */
export const listCommand: Command = {
  name: 'list',
  summary: 'list the articles, most recently changed first',
  synopsis: 'list [--json] [--trash]',
  details: ['--json    print the list as JSON', '--trash   list the trash instead'],
  options: { json: { type: 'boolean' }, trash: { type: 'boolean' } },
  positionals: [0, 0],
  async run(context) {
    const scope = context.values.trash === true ? 'trash' : 'active';
    const rows = await withWorkspace(context, 'read', (workspace) =>
      call(workspace, 'articles:list', { scope }),
    );
    context.io.stdout(context.values.json === true ? json(rows) : articleTable(rows));
  },
};
