import { Low } from 'lowdb';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  AppError,
  applyPatch,
  countWords,
  currentVersion,
  newId,
  nfc,
  type Article,
  type ArticleFile,
  type ArticleMeta,
  type ArticleSummary,
  type RequestOf,
  type SaveConflict,
  type SaveResult,
  type TextPatch,
} from '../../core/index.js';
import { ARTICLES_DIR, articleFileName } from './article-scan.js';
import type { ChangeFeed } from './change-feed.js';
import { KeyedQueue, mapLimitSettled } from './concurrency.js';
import { toArticleFile } from './documents.js';
import { removeFileDurably } from './durable-write.js';

import type { FileSystem } from './file-system.js';
import { metaOf, type IndexEntry } from './index-file.js';
import { DurableJsonFile } from './json-file.js';
import { readOnlyError } from './errors.js';

/**
 * The text a patch makes of the saved body. A patch must give NFC text as
 * it is (the editor keeps its text NFC), so what is on disk is exactly what
 * the editor will patch next; otherwise the editor is asked for its whole text.
 */
export function patchedText(base: string, patch: TextPatch): string {
  const text = applyPatch(base, patch);
  if (nfc(text) !== text) {
    throw new AppError('conflict', 'The patched text is not in NFC; send the whole text.', {
      needsText: true,
    });
  }
  return text;
}

/** Recently used article documents kept in memory (bodies included). */
const CACHE_SIZE = 32;

/** What a new article may start with. */
export interface NewArticle {
  title?: string;
  body?: string;
  tags?: string[];
  aliases?: string[];
  /** Folder of an imported file (see ArticleMeta.path). */
  path?: string | null;
  /** Claims it answers (the caller has checked they exist). */
  claimIds?: string[];
}

/** Where the articles service keeps its files and what it may do. */
export interface ArticlesOptions {
  fs: FileSystem;
  dir: string;
  writable: boolean;
  entries: Map<string, IndexEntry>;
  /** Articles whose file this version must not touch, with the reason. */
  frozen: Map<string, string>;
  /** Where every durable change of an article is published. */
  feed: ChangeFeed;
  /**
   * Keeps texts a write would replace, before it is made: `replaced` is the
   * article on disk; `next` what is about to be written, or null for a
   * save that started from an older revision (`keepBoth`), whose replaced
   * text must be kept whatever it is. Answers the revision that holds it,
   * or null when none was needed. A failure cancels the write.
   */
  keep?: (replaced: Article, next: Article | null) => Promise<{ id: string } | null>;
}

/**
 * Articles of one workspace: metadata in memory (from the index), one file
 * per article on disk. Saves of one article run one after another; a save
 * resolves only once its file is durably written.
 */
export class ArticlesService {
  private readonly options: ArticlesOptions;
  private readonly queue = new KeyedQueue();
  private readonly cache = new Map<string, Low<ArticleFile>>();
  private readonly loading = new Map<string, Promise<Low<ArticleFile>>>();
  private closed = false;

  constructor(options: ArticlesOptions) {
    this.options = options;
  }

  /** Every entry, for the index. */
  snapshot(): IndexEntry[] {
    return [...this.options.entries.values()];
  }

  /** Articles not in the trash. */
  get activeCount(): number {
    let count = 0;
    for (const { meta } of this.options.entries.values()) if (meta.deletedAt === null) count += 1;
    return count;
  }

  /** The list: active articles by last change, or the trash by time of deletion; newest first. */
  list(scope: 'active' | 'trash'): ArticleSummary[] {
    const rows: ArticleSummary[] = [];
    for (const { meta } of this.options.entries.values()) {
      if ((meta.deletedAt === null) === (scope === 'active')) rows.push(meta);
    }
    const key = (meta: ArticleSummary) => (scope === 'trash' ? (meta.deletedAt ?? '') : meta.updatedAt);
    return rows.sort((a, b) => (key(a) === key(b) ? (a.id < b.id ? 1 : -1) : key(a) < key(b) ? 1 : -1));
  }

  /** Whether an article with this id exists (and may be changed by this version). */
  exists(id: string): boolean {
    return this.options.entries.has(id) && !this.options.frozen.has(id);
  }

  /** The metadata of one article (in the trash or not), or undefined. */
  summary(id: string): ArticleSummary | undefined {
    return this.options.entries.get(id)?.meta;
  }

  /** One article with its body. */
  async get(id: string): Promise<Article> {
    const doc = await this.load(id);
    return { ...doc.data.article };
  }

  /** Creates an article and resolves once its file is on disk. */
  async create(input: NewArticle = {}): Promise<Article> {
    this.assertWritable();
    const now = new Date().toISOString();
    const body = nfc(input.body ?? '');
    const article: Article = {
      id: newId((size) => randomBytes(size)),
      title: nfc(input.title ?? ''),
      body,
      status: 'draft',
      tags: (input.tags ?? []).map(nfc),
      claimIds: [...new Set(input.claimIds ?? [])],
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      wordCount: countWords(body),
      rev: 0,
      aliases: (input.aliases ?? []).map(nfc),
      path: input.path === undefined || input.path === null ? null : nfc(input.path),
      publication: null,
      deadline: null,
      wordTarget: null,
      rating: null,
    };
    const doc = new Low<ArticleFile>(this.adapter(article.id), {
      schemaVersion: currentVersion('article'),
      article,
    });
    await this.queue.run(article.id, async () => {
      await this.persist(doc);
      this.options.feed.publish(article.id, null, article);
    });
    return { ...article };
  }

  /**
   * Creates an article exactly as given — id, metadata, times — as one
   * received from another machine arrives; refused when the id is taken.
   */
  async adopt(input: Article): Promise<Article> {
    this.assertWritable();
    if (this.options.entries.has(input.id))
      throw new AppError('conflict', `An article with id ${input.id} exists already.`);
    const body = nfc(input.body);
    const article: Article = { ...input, title: nfc(input.title), body, wordCount: countWords(body), rev: 0 };
    const doc = new Low<ArticleFile>(this.adapter(article.id), {
      schemaVersion: currentVersion('article'),
      article,
    });
    await this.queue.run(article.id, async () => {
      await this.persist(doc);
      this.options.feed.publish(article.id, null, article);
    });
    return { ...article };
  }

  /**
   * Creates many articles, several files at a time, the index written once
   * later. Stops at the first failure; every outcome is reported, in
   * completion order.
   */
  createMany(inputs: readonly NewArticle[], concurrency = 8): Promise<PromiseSettledResult<Article>[]> {
    return mapLimitSettled(inputs, concurrency, (input) => this.create(input));
  }

  /**
   * Saves a new title and/or body. A `baseRev` other than the current
   * revision is a conflict: refused, or with `keepBoth` saved after the
   * text on disk was kept as a revision (reported in `conflict`).
   */
  save(request: RequestOf<'articles:save'>): Promise<SaveResult> {
    let conflict: SaveConflict | undefined;
    const stale = (article: Article): boolean =>
      request.baseRev !== undefined && request.baseRev !== article.rev;
    const keepOther = async (article: Article): Promise<void> => {
      if (request.patch !== undefined && stale(article)) {
        // A patch edits the text saved at baseRev, which is gone: the editor sends its whole text instead.
        throw new AppError('conflict', 'The article changed since the text this patch edits was saved.', {
          rev: article.rev,
          baseRev: request.baseRev,
          needsText: true,
        });
      }
      if (!stale(article) || request.keepBoth !== true) return;
      const kept = await this.options.keep?.(article, null);
      if (!kept) throw new AppError('conflict', 'The other version of the article could not be kept.');
      conflict = { revisionId: kept.id, rev: article.rev, baseRev: request.baseRev! };
    };
    return this.change(
      request.id,
      (article) => {
        if (stale(article) && conflict === undefined) {
          throw new AppError(
            'conflict',
            `The article changed since it was opened (revision ${article.rev}, the editor had ${request.baseRev}).`,
            { rev: article.rev, baseRev: request.baseRev },
          );
        }
        const title = request.title === undefined ? article.title : nfc(request.title);
        const body = request.patch
          ? patchedText(article.body, request.patch)
          : request.body === undefined
            ? article.body
            : nfc(request.body);
        if (title === article.title && body === article.body) return null;
        const wordCount = body === article.body ? article.wordCount : countWords(body);
        return {
          ...article,
          title,
          body,
          wordCount,
          rev: article.rev + 1,
          updatedAt: new Date().toISOString(),
        };
      },
      keepOther,
    ).then((article) => ({
      article: metaOf(article),
      savedAt: new Date().toISOString(),
      ...(conflict === undefined ? {} : { conflict }),
    }));
  }

  /**
   * Replaces the title and body of an article (a restore, an import). `before`
   * runs first, in the article's queue, with the article as it is; if it
   * fails, nothing is written.
   */
  rewrite(
    id: string,
    text: { title: string; body: string },
    before: (current: Article) => Promise<void>,
  ): Promise<Article> {
    return this.change(
      id,
      (article) => {
        const title = nfc(text.title);
        const body = nfc(text.body);
        if (title === article.title && body === article.body) return null;
        const wordCount = countWords(body);
        return {
          ...article,
          title,
          body,
          wordCount,
          rev: article.rev + 1,
          updatedAt: new Date().toISOString(),
        };
      },
      before,
    );
  }

  /**
   * Changes the metadata of an article (tags, claims, status, publication…),
   * never its title or body: `rev` stays, as it guards the text an editor
   * holds. `update` answers the fields to change, or null for none.
   */
  async updateMeta(
    id: string,
    update: (meta: ArticleMeta) => Partial<Omit<ArticleMeta, 'id' | 'title' | 'rev'>> | null,
  ): Promise<ArticleSummary> {
    const article = await this.change(id, (current) => {
      const patch = update(metaOf(current));
      if (patch === null) return null;
      return { ...current, ...patch, updatedAt: new Date().toISOString() };
    });
    return metaOf(article);
  }

  /** Moves an article to the trash. */
  async trash(id: string): Promise<ArticleSummary> {
    const article = await this.change(id, (current) =>
      current.deletedAt === null ? { ...current, deletedAt: new Date().toISOString() } : null,
    );
    return metaOf(article);
  }

  /** Takes an article out of the trash. */
  async restore(id: string): Promise<ArticleSummary> {
    const article = await this.change(id, (current) =>
      current.deletedAt === null ? null : { ...current, deletedAt: null },
    );
    return metaOf(article);
  }

  /** Deletes an article in the trash for good. */
  async purge(id: string): Promise<{ id: string }> {
    this.assertWritable();
    return this.queue.run(id, async () => {
      const entry = this.entry(id);
      if (entry.meta.deletedAt === null) {
        throw new AppError('conflict', 'Only an article in the trash can be deleted for good.');
      }
      const before = await this.load(id).then(
        (doc) => doc.data.article,
        () => null,
      );
      await removeFileDurably(this.options.fs, this.filePath(id));
      this.options.entries.delete(id);
      this.cache.delete(id);
      this.options.feed.publish(id, before, null);
      return { id };
    });
  }

  /** Resolves once every save queued so far has settled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Resolves once every save queued so far has finished; later writes are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.idle();
  }

  private async change(
    id: string,
    update: (article: Article) => Article | null,
    before?: (current: Article) => Promise<void>,
  ): Promise<Article> {
    this.assertWritable();
    return this.queue.run(id, async () => {
      const doc = await this.load(id);
      if (before !== undefined) await before({ ...doc.data.article });
      const next = update(doc.data.article);
      if (next === null) return { ...doc.data.article };
      const previous = doc.data;
      if (next.title !== previous.article.title || next.body !== previous.article.body) {
        await this.options.keep?.(previous.article, next);
      }
      doc.data = { schemaVersion: currentVersion('article'), article: next };
      try {
        await this.persist(doc);
      } catch (error) {
        doc.data = previous;
        throw error;
      }
      this.options.feed.publish(id, previous.article, next);
      return { ...next };
    });
  }

  private async persist(doc: Low<ArticleFile>): Promise<void> {
    await doc.write();
    const { article } = doc.data;
    const stamp = (doc.adapter as DurableJsonFile<ArticleFile>).lastWritten!;
    this.options.entries.set(article.id, { meta: metaOf(article), stamp });
    this.remember(article.id, doc);
  }

  private entry(id: string): IndexEntry {
    const frozen = this.options.frozen.get(id);
    if (frozen !== undefined) throw new AppError('conflict', frozen);
    const entry = this.options.entries.get(id);
    if (entry === undefined) throw new AppError('not_found', `No article with id ${id}.`);
    return entry;
  }

  /**
   * The article's document, shared by every caller: loads of one article
   * running at once share one read, so a slow read finishing after a save
   * cannot put its older copy in the cache.
   */
  private async load(id: string): Promise<Low<ArticleFile>> {
    this.entry(id);
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    let loading = this.loading.get(id);
    if (loading === undefined) {
      loading = this.read(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  private async read(id: string): Promise<Low<ArticleFile>> {
    const doc = new Low<ArticleFile | null>(this.adapter(id) as DurableJsonFile<ArticleFile | null>, null);
    await doc.read();
    if (doc.data === null) throw new AppError('not_found', `The file of article ${id} is missing.`);
    const loaded = doc as Low<ArticleFile>;
    if (this.options.writable) this.remember(id, loaded);
    return loaded;
  }

  private remember(id: string, doc: Low<ArticleFile>): void {
    this.cache.delete(id);
    this.cache.set(id, doc);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }

  private adapter(id: string): DurableJsonFile<ArticleFile> {
    const label = `${ARTICLES_DIR}/${articleFileName(id)}`;
    return new DurableJsonFile(this.filePath(id), { fs: this.options.fs, validate: toArticleFile, label });
  }

  private filePath(id: string): string {
    return path.join(this.options.dir, ARTICLES_DIR, articleFileName(id));
  }

  private assertWritable(): void {
    if (!this.options.writable) throw readOnlyError();
    if (this.closed) throw new AppError('forbidden', 'The workspace is closed.');
  }
}
