import { SearchEngine } from '../../backend/search/index.js';
import { withWorkspace, type Command } from '../command.js';
import { runSearchCommand, type CommandResult } from '../search.js';

const wantsHelp = (args: readonly string[]) => args.some((arg) => arg === '--help' || arg === '-h');

/**
 * `search QUERY [--limit N] [--json]`: the same engine and ranking as the app,
 * on the workspace read without its lock (from the search cache when it is
 * fresh, from the article files otherwise).
 */
export const searchCommand: Command = {
  name: 'search',
  summary: 'search the articles (tone marks optional; "phrase", -word, OR, tag: status: before: …)',
  synopsis: 'search QUERY [--limit N] [--json] [--explain]',
  details: [
    '--limit N  at most N hits, 1 to 500 (default 20)',
    '--json     print [{"id","title","score","snippet"}] best first',
    '--explain  say what each rank is made of (adjacency, spelling, field, relevance)',
    'Every other argument is query text, including -word exclusions.',
  ],
  options: {},
  positionals: [0, 0],
  rawArgs: true,
  async run(context) {
    const emit = (result: CommandResult): number => {
      if (result.stdout !== '') context.io.stdout(result.stdout);
      if (result.stderr !== '') context.io.stderr(result.stderr);
      return result.code;
    };
    const checked = runSearchCommand(new SearchEngine(), context.args);
    if (checked.code !== 0 || wantsHelp(context.args)) return emit(checked);
    const result = await withWorkspace(context, 'read', async (workspace) =>
      runSearchCommand(await workspace.services.search.ready(), context.args),
    );
    return emit(result);
  },
};
