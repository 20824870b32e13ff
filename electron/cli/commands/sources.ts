import { call, UsageError, withWorkspace, type Command } from '../command.js';
import { json, table } from '../catalog-format.js';

/** `sources list [--json]` and `sources add --key K --title T [--url U]`. */
export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'list the sources, or add one',
  synopsis: 'sources list [--json] | sources add --key K --title T [--url U]',
  details: [
    '--json      print the list as JSON',
    '--key K     the citation key of the new source ([@K] in articles)',
    '--title T   its title',
    '--url U     its address (http or https)',
  ],
  options: {
    json: { type: 'boolean' },
    key: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
  },
  positionals: [1, 1],
  async run(context) {
    const [action] = context.positionals as [string];
    const { key, title, url } = context.values;
    if (action === 'list') {
      if (key !== undefined || title !== undefined || url !== undefined) {
        throw new UsageError('sources list takes no --key, --title or --url', sourcesCommand);
      }
      const sources = await withWorkspace(context, 'read', (workspace) =>
        call(workspace, 'sources:list', {}),
      );
      context.io.stdout(
        context.values.json === true
          ? json(sources)
          : table(
              ['KEY', 'KIND', 'TITLE'],
              sources.map((source) => [source.key, source.kind, source.title]),
            ),
      );
      return;
    }
    if (action !== 'add') throw new UsageError(`unknown action "${action}": use list or add`, sourcesCommand);
    if (typeof key !== 'string' || typeof title !== 'string') {
      throw new UsageError('sources add needs --key K and --title T', sourcesCommand);
    }
    const source = await withWorkspace(context, 'write', (workspace) =>
      call(workspace, 'sources:create', { key, title, ...(typeof url === 'string' ? { url } : {}) }),
    );
    context.io.stdout(`${source.id}\n`);
  },
};
