/** Why a revision was taken. */
export const REVISION_REASONS = [
  'auto',
  'manual',
  'status',
  'rename',
  'merge',
  'import',
  'restore',
  'journal',
  /** The text on disk, replaced by an editor's save that started from an older revision. */
  'conflict',
  /** The text before a save that removed much of it, or before the first save since the workspace opened. */
  'safety',
] as const;

/** One of the reasons a revision is taken. */
export type RevisionReason = (typeof REVISION_REASONS)[number];

/** A snapshot of an article, without its body (what the history list shows). */
export interface RevisionMeta {
  id: string;
  articleId: string;
  /** ISO time of the snapshot. */
  at: string;
  reason: RevisionReason;
  /** The writer's label for a manual version. */
  label: string | null;
  title: string;
  wordCount: number;
  /** Manual versions are pinned: retention never removes them. */
  pinned: boolean;
}

/** A snapshot with its text. */
export interface Revision extends RevisionMeta {
  body: string;
}

/** Editor text journalled before its autosave landed, newer than what is saved. */
export interface JournalEntry {
  articleId: string;
  /** ISO time the text was journalled. */
  at: string;
  title: string;
  body: string;
  /** What the saved article holds now, to show the difference. */
  savedTitle: string;
  savedBody: string;
}

/** A whole-workspace backup archive. */
export interface BackupInfo {
  /** File name inside the workspace's backup folder. */
  name: string;
  /** ISO time it was made. */
  createdAt: string;
  reason: 'quit' | 'daily' | 'manual' | 'before-restore';
  sizeBytes: number;
  articleCount: number;
}

/** What restoring a backup would bring back. */
export interface BackupPreview extends BackupInfo {
  schemaVersion: number;
  /** Titles of the articles it holds (first 50, Vietnamese order). */
  titles: string[];
  /**
   * Claims, sources and categories it brings back; null for a document the
   * backup does not hold (made before it existed): the current one is kept.
   */
  catalog: { claims: number | null; sources: number | null; categories: number | null };
}
