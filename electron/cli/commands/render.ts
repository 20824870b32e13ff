import { citationExtension, type CitableSource } from '../../../core/index.js';
import { createNodeMarkdownRenderer } from '../../backend/index.js';
import { readTextFile } from '../body-file.js';
import { call, UsageError, withWorkspace, type Command, type CommandContext } from '../command.js';

/** The source library of the workspace named by `--data` (or the environment), or none without one. */
async function librarySources(context: CommandContext): Promise<readonly CitableSource[]> {
  try {
    context.dataDir();
  } catch (error) {
    if (error instanceof UsageError) return [];
    throw error;
  }
  return withWorkspace(context, 'read', (workspace) => call(workspace, 'sources:list', {}));
}

/** `render [FILE]`: markdown to the sanitized HTML the preview shows. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'print the sanitized HTML the preview shows for a markdown file (or stdin)',
  synopsis: 'render [FILE]',
  details: [
    'with --data (or REBUTTAL_DESK_DATA), [@key] citations are numbered from the',
    "workspace's sources and a bibliography is appended, as in the preview",
  ],
  options: {},
  positionals: [0, 1],
  async run(context) {
    const markdown = await readTextFile(context.positionals[0] ?? '-', context.io.stdin);
    const sources = await librarySources(context);
    context.io.stdout(createNodeMarkdownRenderer({ extensions: [citationExtension(sources)] })(markdown));
  },
};
