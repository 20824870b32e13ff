import { call, UsageError, withWorkspace, type Command } from '../command.js';

/** `rename ID --title T`: renames an article and rewrites every link to it. */
export const renameCommand: Command = {
  name: 'rename',
  summary: 'rename an article and rewrite every link to it (prints how many changed)',
  synopsis: 'rename ID --title T',
  details: ['--title T   the new title'],
  options: { title: { type: 'string' } },
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    const title = context.values.title;
    if (typeof title !== 'string' || title.trim() === '') {
      throw new UsageError('rename needs --title T with a non-empty title', renameCommand);
    }
    const outcome = await withWorkspace(context, 'write', (workspace) =>
      call(workspace, 'articles:rename', { id, title }),
    );
    context.io.stdout(
      `Renamed to "${outcome.article.title}": ${outcome.linksChanged} links changed in ${outcome.articlesChanged} articles (undo: ${outcome.renameId}).\n`,
    );
    for (const other of outcome.sameTitle) {
      context.io.stderr(
        `warning: "${other.title}" (${other.id}) has the same title; links naming it are now ambiguous.\n`,
      );
    }
  },
};
