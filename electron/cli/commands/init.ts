import { withWorkspace, type Command } from '../command.js';

/** `init`: creates (or opens and repairs) the workspace. */
export const initCommand: Command = {
  name: 'init',
  summary: 'create the workspace folder (or check that it opens)',
  synopsis: 'init',
  options: {},
  positionals: [0, 0],
  async run(context) {
    const info = await withWorkspace(context, 'write', async (workspace) => workspace.info());
    context.io.stdout(`Workspace ready in ${info.path} (${info.articleCount} articles).\n`);
    for (const event of info.recovery) context.io.stderr(`repaired ${event.file}: ${event.recovered}\n`);
  },
};
