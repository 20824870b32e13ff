import { AppError } from '../../../core/index.js';
import { importMarkdownFiles, readFolder } from '../../backend/import/index.js';
import { withWorkspace, type Command } from '../command.js';

/** Print progress every this many articles (and at the end) for large folders. */
const PROGRESS_EVERY = 500;

/** `import DIR`: a folder of Markdown files as articles, all or nothing. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import a folder of Markdown files as articles (all or nothing; prints how many)',
  synopsis: 'import DIR',
  details: [
    'Each .md file becomes an article titled by its file name; its folder is kept for [[folder/name]] links;',
    'YAML front matter gives tags and aliases, other keys stay in the text. Dot folders (.obsidian) are skipped.',
  ],
  options: {},
  positionals: [1, 1],
  async run(context) {
    const [dir] = context.positionals as [string];
    const files = await readFolder(dir).catch((error: unknown) => {
      throw new AppError('io', `Cannot read the folder ${dir}: ${(error as Error).message}`);
    });
    const outcome = await withWorkspace(context, 'write', (workspace) =>
      importMarkdownFiles(workspace.articles, files, (done, total) => {
        if (total >= PROGRESS_EVERY && (done % PROGRESS_EVERY === 0 || done === total)) {
          context.io.stderr(`imported ${done} of ${total}\n`);
        }
      }),
    );
    const markdown = outcome.skipped.filter((skip) => /\.md$/i.test(skip.path));
    for (const skip of markdown) context.io.stderr(`skipped ${skip.path}: ${skip.reason}\n`);
    const others = outcome.skipped.length - markdown.length;
    context.io.stdout(
      `Imported ${outcome.imported} articles` +
        (others > 0 ? `; skipped ${others} files that are not Markdown` : '') +
        '.\n',
    );
  },
};
