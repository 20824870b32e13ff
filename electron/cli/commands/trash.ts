import { call, withWorkspace, type Command } from '../command.js';

/** `trash ID`: moves an article to the trash. */
export const trashCommand: Command = {
  name: 'trash',
  summary: 'move an article to the trash',
  synopsis: 'trash ID',
  options: {},
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    await withWorkspace(context, 'write', (workspace) => call(workspace, 'articles:trash', { id }));
    context.io.stdout(`Moved ${id} to the trash.\n`);
  },
};
