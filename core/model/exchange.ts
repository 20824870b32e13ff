import type { ErrorInfo } from '../errors.js';
import type { LinkTargetRef, SkippedFile } from './links.js';

/** Formats an article exports to. */
export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'claimreview'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * How several articles are delivered: `separate` files (in a folder), one
 * `zip` of them, or `combined` into one document (DOCX with a table of
 * contents, one HTML or PDF, one ClaimReview list).
 */
export const EXPORT_PACKAGINGS = ['separate', 'zip', 'combined'] as const;
/** One of {@link EXPORT_PACKAGINGS}. */
export type ExportPackaging = (typeof EXPORT_PACKAGINGS)[number];

/** An article an export left out, and why. */
export interface ExportSkip {
  id: string;
  title: string;
  /** Why, in English (the CLI prints it). */
  reason: string;
  /** Why, as codes the UI translates (`export.problems.<code>`). */
  codes: string[];
}

/** What a finished export or bundle wrote. */
export interface ExportResult {
  /** The files made, by name (inside the folder or zip), with their sizes. */
  files: Array<{ name: string; size: number }>;
  skipped: ExportSkip[];
  /** Where they were written (a file or a folder), or null when they wait for `jobs:download`. */
  writtenTo: string | null;
  /** The one file to download (a document or a zip), when nothing was written. */
  download: { name: string; size: number; mime: string } | null;
  /** What a bundle holds, when the job made one. */
  bundle?: BundleCounts;
}

/** Where a long job stands. */
export interface JobStatus {
  jobId: string;
  kind: 'export' | 'bundle';
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Items done so far, of `total`. */
  done: number;
  total: number;
  result: ExportResult | null;
  error: ErrorInfo | null;
}

/**
 * What starting a job answers: `started`; `cancelled` when the writer
 * closed the save dialog; `unavailable` when the host has no dialog to ask
 * with (a browser: download instead).
 */
export type JobStart =
  | { outcome: 'started'; status: JobStatus }
  | { outcome: 'cancelled' }
  | { outcome: 'unavailable' };

/** Counts of what a bundle holds. */
export interface BundleCounts {
  articles: number;
  claims: number;
  sources: number;
  revisions: number;
  images: number;
}

/** What applying a bundle does (or did) to one item. */
export type BundleItemAction = 'add' | 'identical' | 'keep' | 'take' | 'held' | 'updateCopy' | 'conflict';

/** One item of a bundle and what applying it does. */
export interface BundleItemPlan {
  kind: 'article' | 'claim' | 'source';
  id: string;
  /** Title, statement or key. */
  label: string;
  action: BundleItemAction;
  /** For `conflict`: the local item kept; for `updateCopy` and `held`: the conflict copy. */
  local?: LinkTargetRef;
}

/** What a bundle would do, before anything lands (`bundles:preview`, `bundle apply --dry-run`). */
export interface BundlePreview {
  receiveId: string;
  /** File name of the bundle. */
  name: string;
  createdAt: string;
  /** Who made it: the author and organisation of the sending workspace, when set. */
  from: string;
  counts: BundleCounts;
  items: BundleItemPlan[];
  /** Items per action. */
  summary: Record<BundleItemAction, number>;
}

/** What `bundles:apply` answers. */
export interface BundleOutcome {
  items: BundleItemPlan[];
  summary: Record<BundleItemAction, number>;
  /** Conflict copies made by this apply. */
  conflicts: ConflictRecord[];
  revisions: number;
  images: number;
}

/** A conflict copy: the incoming version of an item both sides changed, kept beside the local one. */
export interface ConflictRecord {
  kind: 'article' | 'claim' | 'source';
  /** The item kept as it was here. */
  originalId: string;
  originalLabel: string;
  /** The copy holding the incoming version. */
  copyId: string;
  copyLabel: string;
  /** ISO time the copy was made. */
  at: string;
  /** Name of the bundle it came in. */
  bundle: string;
  /** True once a writer marked it resolved, or the other side resolved it. */
  resolved: boolean;
}

/** What an import will do with one file whose title an active article already has. */
export interface ImportCollision {
  path: string;
  title: string;
  /** The articles with that title. */
  existing: LinkTargetRef[];
  /** A free title for a rename. */
  suggestedTitle: string;
}

/** What an import would do, before anything lands (`import:preview`, `import --dry-run`). */
export interface ImportPreview {
  /** Files that become articles, with the title each gets. */
  added: Array<{ path: string; title: string; kind: 'markdown' | 'docx'; tags: string[]; images: number }>;
  skipped: SkippedFile[];
  collisions: ImportCollision[];
  /** Images the added files bring. */
  images: number;
}

/** What to do with one colliding file. */
export type CollisionChoice =
  | { action: 'rename'; title: string }
  | { action: 'merge'; into: string }
  | { action: 'skip' };
