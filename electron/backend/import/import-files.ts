import {
  AppError,
  normalizeTarget,
  toErrorInfo,
  type Article,
  type CollisionChoice,
  type ImportFileReport,
  type ImportOutcome,
} from '../../../core/index.js';
import { writeBatch, type BatchEdit } from '../article-batch.js';
import type { ArticlesService, NewArticle } from '../articles.js';
import type { AttachmentStore } from '../attachments/store.js';
import { mapLimit } from '../concurrency.js';
import { findCollisions } from './collisions.js';
import { planImport, type ImportFile, type ImportPlan, type PlannedArticle } from './plan.js';

/** Called as articles are written: how many so far, of how many. */
export type ImportProgress = (done: number, total: number) => void;

/** What an import writes to. */
export interface ImportTargets {
  articles: ArticlesService;
  /** Where images go; without it, an import that brings images is refused. */
  attachments?: AttachmentStore;
  /** Snapshots an article before a merge replaces its text. */
  snapshot?: (article: Article, reason: 'import') => Promise<unknown>;
}

/** What to do with each file (by its path) whose title an article already has. */
export type ImportChoices = Readonly<Record<string, CollisionChoice>>;

/** Article files written at once during an import. */
const CONCURRENCY = 8;

/** What one planned article becomes once the choices are applied. */
type Step =
  | { kind: 'create'; article: PlannedArticle; input: NewArticle; renamed: boolean }
  | { kind: 'merge'; article: PlannedArticle; into: string }
  | { kind: 'skip'; article: PlannedArticle };

/**
 * Applies the choices to a plan: a file whose title an active article has
 * is renamed (to the title chosen, else the free one suggested), merged into
 * the article chosen, or skipped. A rename to a title that is taken, or a
 * merge into an article that is not there, is refused.
 */
function stepsOf(plan: ImportPlan, articles: ArticlesService, choices: ImportChoices): Step[] {
  const collisions = new Map(findCollisions(plan.articles, articles.list('active')).map((c) => [c.path, c]));
  const taken = new Set(articles.list('active').map((meta) => normalizeTarget(meta.title)));
  return plan.articles.map((article): Step => {
    const collision = collisions.get(article.source);
    const choice: CollisionChoice | undefined =
      choices[article.source] ??
      (collision === undefined ? undefined : { action: 'rename', title: collision.suggestedTitle });
    const input: NewArticle = {
      title: article.title,
      body: article.body,
      tags: article.tags,
      aliases: article.aliases,
      path: article.folder,
    };
    if (choice === undefined) return { kind: 'create', article, input, renamed: false };
    if (choice.action === 'skip') return { kind: 'skip', article };
    if (choice.action === 'merge') {
      const target = articles.summary(choice.into);
      if (target === undefined || target.deletedAt !== null) {
        throw new AppError(
          'invalid_request',
          `${article.source}: there is no article ${choice.into} to merge it into.`,
        );
      }
      return { kind: 'merge', article, into: choice.into };
    }
    const title = choice.title.normalize('NFC').trim();
    if (taken.has(normalizeTarget(title))) {
      throw new AppError(
        'invalid_request',
        `${article.source}: the title "${title}" is held by another article; choose another.`,
      );
    }
    return { kind: 'create', article, input: { ...input, title }, renamed: true };
  });
}

/** Deletes the articles an interrupted import wrote; answers the ids it could not delete. */
async function removeAgain(articles: ArticlesService, ids: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const id of ids) {
    try {
      await articles.trash(id);
      await articles.purge(id);
    } catch {
      left.push(id);
    }
  }
  return left;
}

/**
 * Writes a plan, all or nothing: the images first, then the new articles,
 * then the merges as one batch (each merged article snapshotted first, its
 * text replaced, its tags and aliases joined). If anything fails, or
 * `signal` aborts, whatever was written is undone — new articles deleted,
 * merged ones put back by the batch, new images removed — and the import
 * fails, naming the file.
 */
export async function writeImport(
  targets: ImportTargets,
  plan: ImportPlan,
  choices: ImportChoices = {},
  progress?: ImportProgress,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const { articles } = targets;
  const steps = stepsOf(plan, articles, choices);
  const writing = steps.filter((step) => step.kind !== 'skip');
  const images = new Map(
    writing.flatMap((step) => step.article.images.map((image) => [image.name, image] as const)),
  );
  if (images.size > 0 && targets.attachments === undefined) {
    throw new AppError('invalid_request', 'This import brings images, and images cannot be stored here.');
  }
  const createdImages: string[] = [];
  const ids = new Map<PlannedArticle, string>();
  const merged: string[] = [];
  let failure: { error: unknown; file: string } | null = null;
  let done = 0;
  const total = writing.length;
  progress?.(0, total);
  const cancelled = () => signal?.aborted === true;

  try {
    for (const image of images.values()) {
      if (cancelled()) throw new AppError('conflict', 'the import was cancelled');
      const stored = await targets.attachments!.put(image.bytes);
      if (stored.created) createdImages.push(stored.name);
    }
  } catch (error) {
    failure = { error, file: '' };
  }
  if (failure === null) {
    await mapLimit(
      writing.filter((step): step is Extract<Step, { kind: 'create' }> => step.kind === 'create'),
      CONCURRENCY,
      async (step) => {
        if (failure !== null) return;
        if (cancelled()) {
          failure = { error: new AppError('conflict', 'the import was cancelled'), file: '' };
          return;
        }
        try {
          ids.set(step.article, (await articles.create(step.input)).id);
          progress?.(++done, total);
        } catch (error) {
          failure ??= { error, file: step.article.source };
        }
      },
    );
  }
  const merges = writing.filter((step): step is Extract<Step, { kind: 'merge' }> => step.kind === 'merge');
  if (failure === null && merges.length > 0) {
    try {
      if (cancelled()) throw new AppError('conflict', 'the import was cancelled');
      const edits: BatchEdit[] = [];
      for (const step of merges) {
        const before = await articles.get(step.into);
        await targets.snapshot?.(before, 'import');
        edits.push({
          id: step.into,
          text: { title: before.title, body: step.article.body, expectRev: before.rev },
          meta: {
            tags: [...new Set([...before.tags, ...step.article.tags])],
            aliases: [...new Set([...before.aliases, ...step.article.aliases])],
          },
        });
      }
      await writeBatch(articles, edits, { what: 'import' });
      merged.push(...merges.map((step) => step.into));
      progress?.((done += merges.length), total);
    } catch (error) {
      failure = { error, file: merges.length === 1 ? merges[0]!.article.source : '' };
    }
  }

  if (failure === null) {
    const files: ImportFileReport[] = [];
    for (const step of steps) {
      const { article } = step;
      const count = article.images.length;
      const extra = count > 0 ? { images: count } : {};
      if (step.kind === 'skip')
        files.push({
          path: article.source,
          outcome: 'skipped',
          reason: 'skipped by choice: an article has this title',
          title: article.title,
        });
      else if (step.kind === 'merge')
        files.push({
          path: article.source,
          outcome: 'merged',
          id: step.into,
          title: articles.summary(step.into)?.title ?? article.title,
          ...extra,
        });
      else
        files.push({
          path: article.source,
          outcome: step.renamed ? 'renamed' : 'added',
          id: ids.get(article)!,
          title: step.input.title ?? '',
          ...extra,
        });
    }
    const skippedByChoice = steps
      .filter((step) => step.kind === 'skip')
      .map((step) => ({
        path: step.article.source,
        code: 'chosen' as const,
        reason: 'skipped by choice: an article has this title',
      }));
    for (const skip of plan.skipped) files.push({ path: skip.path, outcome: 'skipped', reason: skip.reason });
    const created = steps.filter((step) => step.kind === 'create').map((step) => ids.get(step.article)!);
    return {
      imported: created.length,
      ids: created,
      skipped: [...plan.skipped, ...skippedByChoice],
      merged,
      images: createdImages.length,
      files,
    };
  }

  const left = await removeAgain(articles, [...ids.values()]);
  await targets.attachments?.remove(createdImages).catch(() => undefined);
  const { error, file } = failure as { error: unknown; file: string };
  const info = toErrorInfo(error);
  const reason = file === '' ? info.message : `${file}: ${info.message}`;
  throw new AppError(
    info.code === 'conflict' ? 'conflict' : 'io',
    left.length === 0
      ? `The import failed and nothing was imported: ${reason}`
      : `The import failed (${reason}); ${left.length} articles could not be put back: ${left.join(', ')}.`,
  );
}

/**
 * Imports files as articles, all or nothing (see {@link planImport} and
 * {@link writeImport}); a title an article already has is renamed unless
 * `choices` say otherwise.
 */
export async function importMarkdownFiles(
  targets: ImportTargets,
  files: readonly ImportFile[],
  progress?: ImportProgress,
  signal?: AbortSignal,
  choices: ImportChoices = {},
): Promise<ImportOutcome> {
  return writeImport(targets, await planImport(files, signal), choices, progress, signal);
}
