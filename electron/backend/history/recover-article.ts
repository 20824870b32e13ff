import {
  countWords,
  currentVersion,
  type Article,
  type ArticleFile,
  type ArticleMeta,
} from '../../../core/index.js';
import type { BackupService } from '../backup/backups.js';
import type { JournalStore } from './journal.js';
import type { RevisionStore } from './revisions.js';

/** Where a damaged article can be rebuilt from, and the metadata last known for it. */
export interface RecoverySources {
  journal: JournalStore;
  revisions: RevisionStore;
  backups: BackupService;
  /** Metadata from the index, when the index knew the article. */
  knownMeta: (id: string) => ArticleMeta | undefined;
}

/** A rebuilt article and, in plain words, where its text came from. */
export interface RecoveredArticle {
  file: ArticleFile;
  from: string;
}

interface Candidate {
  at: string;
  title: string;
  body: string;
  article: Article | null;
  from: string;
}

/**
 * Rebuilds a damaged article from the newest good state among the crash
 * journal, its newest revision and the newest backup holding it (on equal
 * times, in that order). Metadata comes from the index when it knew the
 * article, else from the revision or backup. Null when there is nothing.
 */
export async function recoverArticle(sources: RecoverySources, id: string): Promise<RecoveredArticle | null> {
  const candidates: Candidate[] = [];
  const journal = sources.journal.entry(id);
  if (journal !== undefined) {
    candidates.push({ ...journal, article: null, from: `the crash journal (text typed at ${journal.at})` });
  }
  const revision = await sources.revisions.newest(id);
  if (revision !== null) {
    const { article, meta } = revision;
    candidates.push({
      at: meta.at,
      title: article.title,
      body: article.body,
      article,
      from: `the revision of ${meta.at}`,
    });
  }
  const backup = await sources.backups.findArticle(id);
  if (backup !== null) {
    const { article } = backup.file;
    candidates.push({
      at: backup.createdAt,
      title: article.title,
      body: article.body,
      article,
      from: `the backup ${backup.name}`,
    });
  }
  if (candidates.length === 0) return null;
  const chosen = candidates.reduce((best, next) => (next.at > best.at ? next : best));
  const base = sources.knownMeta(id) ?? revision?.article ?? backup?.file.article ?? null;
  const now = new Date().toISOString();
  const article: Article = {
    id,
    status: base?.status ?? 'draft',
    tags: base?.tags ?? [],
    claimIds: base?.claimIds ?? [],
    aliases: base?.aliases ?? [],
    path: base?.path ?? null,
    publication: base?.publication ?? null,
    deadline: base?.deadline ?? null,
    wordTarget: base?.wordTarget ?? null,
    rating: base?.rating ?? null,
    createdAt: base?.createdAt ?? chosen.at,
    deletedAt: base?.deletedAt ?? null,
    title: chosen.title,
    body: chosen.body,
    wordCount: countWords(chosen.body),
    rev: Math.max(base?.rev ?? 0, chosen.article?.rev ?? 0) + 1,
    updatedAt: now,
  };
  return { file: { schemaVersion: currentVersion('article'), article }, from: chosen.from };
}
