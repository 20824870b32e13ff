import { AppError } from '../../../core/index.js';
import { importMarkdownFiles, readFolder } from '../../backend/import/index.js';
import { withWorkspace, type Command } from '../command.js';

/** Folders with at least this many Markdown files get progress lines, one per this many files. */
const PROGRESS_EVERY = 500;

/** A progress reporter that writes `VERB N of M files` on stderr for large folders only. */
function progressLine(stderr: (text: string) => void, verb: string) {
  return (done: number, total: number) => {
    if (total >= PROGRESS_EVERY && done > 0 && (done % PROGRESS_EVERY === 0 || done === total)) {
      stderr(`${verb} ${done} of ${total}\n`);
    }
  };
}

/** `import DIR`: a folder of Markdown files as articles, all or nothing. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import a folder of Markdown files as articles (all or nothing; prints how many)',
  synopsis: 'import DIR',
  details: [
    'Each .md file becomes an article titled by its file name; its folder is kept for [[folder/name]] links;',
    'YAML front matter gives tags and aliases, other keys stay in the text. Dot folders (.obsidian) are skipped.',
    `Files that are not UTF-8 are skipped and listed. Folders of ${PROGRESS_EVERY} files or more report`,
    'progress on stderr ("read N of M", then "imported N of M"); stdout only gets the summary.',
  ],
  options: {},
  positionals: [1, 1],
  async run(context) {
    const [dir] = context.positionals as [string];
    const files = await readFolder(dir, { onProgress: progressLine(context.io.stderr, 'read') }).catch(
      (error: unknown) => {
        if (error instanceof AppError) throw error;
        throw new AppError('io', `Cannot read the folder ${dir}: ${(error as Error).message}`);
      },
    );
    const outcome = await withWorkspace(context, 'write', (workspace) =>
      importMarkdownFiles(workspace.services.articles, files, progressLine(context.io.stderr, 'imported')),
    );
    const markdown = outcome.skipped.filter((skip) => /\.md$/i.test(skip.path));
    for (const skip of markdown) context.io.stderr(`skipped ${skip.path}: ${skip.reason}\n`);
    if (outcome.imported === 0 && markdown.length === 0) {
      context.io.stderr(`no Markdown (.md) files in ${dir}\n`);
    }
    const others = outcome.skipped.length - markdown.length;
    context.io.stdout(
      `Imported ${outcome.imported} articles` +
        (others > 0 ? `; skipped ${others} files that are not Markdown` : '') +
        '.\n',
    );
  },
};
