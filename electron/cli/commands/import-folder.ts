import {
  AppError,
  type CollisionChoice,
  type ImportOutcome,
  type ImportPreview,
} from '../../../core/index.js';
import { findCollisions, planImport, readFolder, writeImport } from '../../backend/import/index.js';
import { UsageError, withWorkspace, type Command } from '../command.js';
import { json } from '../format.js';

/** Imports of at least this many files get progress lines, one per this many files. */
const PROGRESS_EVERY = 500;

/** A progress reporter that writes `VERB N of M` on stderr for large imports only. */
function progressLine(stderr: (text: string) => void, verb: string) {
  return (done: number, total: number) => {
    if (total >= PROGRESS_EVERY && done > 0 && (done % PROGRESS_EVERY === 0 || done === total)) {
      stderr(`${verb} ${done} of ${total}\n`);
    }
  };
}

const COLLISION_ACTIONS = ['rename', 'merge', 'skip'] as const;

function describePreview(preview: ImportPreview): string {
  const lines = [
    `Would import ${preview.added.length} articles${preview.images > 0 ? ` with ${preview.images} images` : ''}:`,
  ];
  for (const added of preview.added)
    lines.push(
      `  + ${added.path} → "${added.title}"${added.tags.length > 0 ? ` #${added.tags.join(' #')}` : ''}`,
    );
  for (const collision of preview.collisions) {
    lines.push(
      `  ! ${collision.path}: "${collision.title}" is the title of ${collision.existing.map((e) => e.id).join(', ')} (rename to "${collision.suggestedTitle}", merge or skip)`,
    );
  }
  for (const skip of preview.skipped) lines.push(`  - ${skip.path}: ${skip.reason}`);
  return `${lines.join('\n')}\n`;
}

function describeOutcome(outcome: ImportOutcome, source: string, stderr: (text: string) => void): string {
  for (const file of outcome.files ?? []) {
    if (file.outcome === 'renamed')
      stderr(`renamed ${file.path} to "${file.title}": an article has its title\n`);
    if (file.outcome === 'merged')
      stderr(`merged ${file.path} into "${file.title}" (${file.id}); its earlier text is in its history\n`);
  }
  const documents = outcome.skipped.filter((skip) => /\.(md|markdown|docx)$/i.test(skip.path));
  for (const skip of documents) stderr(`skipped ${skip.path}: ${skip.reason}\n`);
  if (outcome.imported === 0 && (outcome.merged ?? []).length === 0 && documents.length === 0) {
    stderr(`no Markdown (.md) or Word (.docx) files in ${source}\n`);
  }
  const others = outcome.skipped.length - documents.length;
  const merged = outcome.merged?.length ?? 0;
  return (
    `Imported ${outcome.imported} articles` +
    (merged > 0 ? `, merged ${merged} into existing articles` : '') +
    ((outcome.images ?? 0) > 0 ? `, with ${outcome.images} images` : '') +
    (others > 0
      ? `; skipped ${others} ${others === 1 ? 'file that is' : 'files that are'} not Markdown or Word`
      : '') +
    '.\n'
  );
}

/** `import PATH [--dry-run] [--json] [--collisions rename|merge|skip]`: Markdown and Word files as articles, all or nothing. */
export const importCommand: Command = {
  name: 'import',
  summary:
    'import a folder, a Markdown file or a Word file as articles (all or nothing; --dry-run to preview)',
  synopsis: 'import PATH [--dry-run] [--json] [--collisions rename|merge|skip]',
  details: [
    'PATH is a folder (an Obsidian vault loads as it is) or one .md or .docx file. Each file becomes an',
    'article titled by its file name (a Word file by its Title paragraph when it has one), filed under its',
    'folder for [[folder/name]] links; front matter gives tags and aliases, inline #tags become tags, images',
    'the files use are copied into the workspace; Word files keep headings, lists, tables and footnotes.',
    'Files that are not UTF-8 (or UTF-16 with a byte order mark) are skipped and listed, as are dot folders.',
    '--dry-run      print what would be imported, skipped, and whose title an article already has',
    '--collisions   for a file whose title an article has: rename it (default), merge it into that',
    '               article (its text replaced, the old one kept in its history), or skip it',
    '--json         print the preview (or the outcome, with one line per file) as JSON',
    `Imports of ${PROGRESS_EVERY} files or more report progress on stderr; stdout only gets the summary.`,
  ],
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, collisions: { type: 'string' } },
  positionals: [1, 1],
  async run(context) {
    const [source] = context.positionals as [string];
    const collisions = context.values.collisions ?? 'rename';
    if (typeof collisions !== 'string' || !(COLLISION_ACTIONS as readonly string[]).includes(collisions)) {
      throw new UsageError(`--collisions takes ${COLLISION_ACTIONS.join(', ')}`, importCommand);
    }
    const files = await readFolder(source, { onProgress: progressLine(context.io.stderr, 'read') }).catch(
      (error: unknown) => {
        if (error instanceof AppError) throw error;
        throw new AppError('io', `Cannot read ${source}: ${(error as Error).message}`);
      },
    );
    const plan = await planImport(files);
    if (context.values['dry-run'] === true) {
      const preview = await withWorkspace(context, 'read', async (workspace) => ({
        added: plan.articles.map((a) => ({
          path: a.source,
          title: a.title,
          kind: a.kind,
          tags: a.tags,
          images: a.images.length,
        })),
        skipped: plan.skipped,
        collisions: findCollisions(plan.articles, workspace.services.articles.list('active')),
        images: new Set(plan.articles.flatMap((a) => a.images.map((image) => image.name))).size,
      }));
      context.io.stdout(context.values.json === true ? json(preview) : describePreview(preview));
      return;
    }
    const outcome = await withWorkspace(context, 'write', async (workspace) => {
      const choices: Record<string, CollisionChoice> = {};
      for (const collision of findCollisions(plan.articles, workspace.services.articles.list('active'))) {
        if (collisions === 'skip') choices[collision.path] = { action: 'skip' };
        else if (collisions === 'merge') {
          if (collision.existing.length > 1) {
            throw new AppError(
              'invalid_request',
              `${collision.path}: "${collision.title}" is the title of ${collision.existing.length} articles; merge is ambiguous (use --collisions rename).`,
            );
          }
          choices[collision.path] = { action: 'merge', into: collision.existing[0]!.id };
        } else choices[collision.path] = { action: 'rename', title: collision.suggestedTitle };
      }
      return writeImport(
        {
          articles: workspace.services.articles,
          attachments: workspace.services.attachments,
          snapshot: (article, reason) => workspace.services.revisions.snapshot(article, reason),
        },
        plan,
        choices,
        progressLine(context.io.stderr, 'imported'),
      );
    });
    if (context.values.json === true) context.io.stdout(json(outcome));
    else context.io.stdout(describeOutcome(outcome, source, context.io.stderr));
    const documents =
      plan.articles.length + plan.skipped.filter((s) => /\.(md|markdown|docx)$/i.test(s.path)).length;
    return outcome.imported === 0 && (outcome.merged ?? []).length === 0 && documents > 0 ? 1 : 0;
  },
};
