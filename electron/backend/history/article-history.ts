import {
  AppError,
  type Article,
  type JournalEntry,
  type Revision,
  type RevisionMeta,
  type TextPatch,
} from '../../../core/index.js';
import { patchedText, type ArticlesService } from '../articles.js';
import type { JournalStore } from './journal.js';
import type { RevisionStore } from './revisions.js';

/** What happens to an article's past: versions, restores, the crash journal, purging all of it. */
export class ArticleHistory {
  constructor(
    private readonly articles: ArticlesService,
    private readonly revisions: RevisionStore,
    private readonly journal: JournalStore,
    private readonly clock: () => number,
  ) {}

  /** Revisions of an article, newest first. */
  list(articleId: string): Promise<RevisionMeta[]> {
    this.assertKnown(articleId);
    return this.revisions.list(articleId);
  }

  /** One revision with its text. */
  get(articleId: string, revisionId: string): Promise<Revision> {
    this.assertKnown(articleId);
    return this.revisions.get(articleId, revisionId);
  }

  /** "Save version": a pinned snapshot of the saved article, with the writer's label. */
  async saveVersion(articleId: string, label: string | undefined): Promise<RevisionMeta> {
    const article = await this.articles.get(articleId);
    return this.revisions.snapshot(article, 'manual', label ?? null);
  }

  /** Brings back the text of a revision; the text it replaces is snapshotted first, or nothing changes. */
  async restore(articleId: string, revisionId: string): Promise<Article> {
    this.assertKnown(articleId);
    const { article: old } = await this.revisions.record(articleId, revisionId);
    return this.articles.rewrite(articleId, { title: old.title, body: old.body }, async (current) => {
      await this.revisions.snapshot(current, 'restore');
    });
  }

  /** Deletes a trashed article for good, with its revisions and journal entry. */
  async purge(articleId: string): Promise<{ id: string }> {
    const result = await this.articles.purge(articleId);
    await this.revisions.removeAll(articleId);
    await this.journal.discard(articleId);
    return result;
  }

  /** Journals the editor text of an existing article. */
  /**
   * Journals the editor's text: the whole body, or a patch of the body saved
   * at `baseRev` (refused as a conflict asking for the whole text when the
   * article has moved on since).
   */
  async writeJournal(
    articleId: string,
    title: string,
    text: { body: string } | { patch: TextPatch; baseRev: number },
  ): Promise<{ at: string }> {
    this.assertKnown(articleId);
    let body: string;
    if ('body' in text) body = text.body;
    else {
      const saved = await this.articles.get(articleId);
      if (saved.rev !== text.baseRev) {
        throw new AppError('conflict', 'The article changed since the text this patch edits was saved.', {
          rev: saved.rev,
          baseRev: text.baseRev,
          needsText: true,
        });
      }
      body = patchedText(saved.body, text.patch);
    }
    return this.journal.write(articleId, title, body, new Date(this.clock()).toISOString());
  }

  /** Journalled texts that differ from what is saved. */
  pendingJournal(): Promise<JournalEntry[]> {
    return this.journal.pending(async (id) => (this.articles.exists(id) ? this.articles.get(id) : null));
  }

  /** Forgets the journalled text of an article. */
  async discardJournal(articleId: string): Promise<{ articleId: string }> {
    await this.journal.discard(articleId);
    return { articleId };
  }

  private assertKnown(articleId: string): void {
    if (!this.articles.exists(articleId)) throw new AppError('not_found', `No article with id ${articleId}.`);
  }
}
