import type { z } from 'zod';
import type { Article, ArticleSummary } from '../model/article.js';
import type { BackupInfo, BackupPreview, JournalEntry, Revision, RevisionMeta } from '../model/history.js';
import type {
  ArticleLinks,
  Backlink,
  ClaimRenameOutcome,
  GraphData,
  ImportOutcome,
  LinkReport,
  RelatedArticles,
  RenameOutcome,
  UndoRenameOutcome,
} from '../model/links.js';
import type { RecoveryEvent } from '../model/recovery.js';
import type {
  ClaimDeleteResult,
  ClaimDetail,
  Dashboard,
  SmartList,
  SourceDetail,
  SourceUpdateResult,
  TagEditResult,
} from '../model/catalog.js';
import type { Category, Claim } from '../claims/types.js';
import type { Source } from '../sources/types.js';
import type { TagNode } from '../tags/tree.js';
import type { Settings } from '../model/settings.js';
import type { SearchResponse } from '../search/types.js';
import type { ErrorInfo } from '../errors.js';
import type { requestSchemas } from './schemas.js';
import type { FolderChoice, ImportStatus } from './import-contract.js';
import type { SpellingLexicon, WelcomeResult, WritingStats } from './writing-contract.js';
import type { TeamStatus } from './team-contract.js';
import type { Template } from '../templates/types.js';
import type {
  BundleOutcome,
  BundlePreview,
  ConflictRecord,
  ImportPreview,
  JobStart,
  JobStatus,
} from '../model/exchange.js';

/** What `bundles:choose` answers: the desktop app asks for a file and previews it; other hosts upload it. */
type BundleChoice =
  | { outcome: 'unavailable' }
  | { outcome: 'cancelled' }
  | { outcome: 'opened'; preview: BundlePreview };

/** What `workspace:info` answers. */
export interface WorkspaceInfo {
  /** Absolute path of the workspace folder. */
  path: string;
  schemaVersion: number;
  articleCount: number;
  /** What the store had to repair when it opened; empty when all was well. */
  recovery: RecoveryEvent[];
}

/** What a successful save answers. */
export interface SaveResult {
  article: ArticleSummary;
  /** ISO time at which the data was durably on disk. */
  savedAt: string;
  /**
   * Set when the save started from an older revision than the one on disk
   * (`keepBoth`): the text it replaced, kept as a revision.
   */
  conflict?: SaveConflict;
}

/** The other text a `keepBoth` save replaced, and where History keeps it. */
export interface SaveConflict {
  /** The revision holding the replaced text. */
  revisionId: string;
  /** The revision number the article had on disk. */
  rev: number;
  /** The revision number the editor had started from. */
  baseRev: number;
}

/** What `search:status` answers: how far the search index has been built. */
export interface SearchStatus {
  /** True once every article is indexed; until then answers cover only `indexed` of `total`. */
  ready: boolean;
  indexed: number;
  total: number;
}

/** Response type of every channel. */
interface Responses {
  'workspace:info': WorkspaceInfo;
  'workspace:dismissRecovery': WorkspaceInfo;
  'settings:get': Settings;
  'settings:set': Settings;
  'articles:list': ArticleSummary[];
  'articles:get': Article;
  'articles:create': Article;
  'articles:save': SaveResult;
  'articles:trash': ArticleSummary;
  'articles:restore': ArticleSummary;
  'articles:purge': { id: string };
  /** Newest first. */
  'revisions:list': RevisionMeta[];
  'revisions:get': Revision;
  'revisions:create': RevisionMeta;
  /** The article after the restore (the text it replaced was snapshotted first). */
  'revisions:restore': Article;
  'journal:write': { at: string };
  /** Journalled texts that differ from what is saved: what a crash would have lost. */
  'journal:pending': JournalEntry[];
  'journal:discard': { articleId: string };
  /** Newest first. */
  'backups:list': BackupInfo[];
  'backups:create': BackupInfo;
  'backups:preview': BackupPreview;
  /** The workspace after the restore (the state it replaced was backed up first). */
  'backups:restore': WorkspaceInfo;
  /** Renames an article and rewrites every link to it, all or nothing. */
  'articles:rename': RenameOutcome;
  'links:forArticle': ArticleLinks;
  /** Turns one unlinked mention into a link; answers the source article as saved. */
  'links:linkMention': ArticleSummary;
  'links:undoRename': UndoRenameOutcome;
  'links:check': LinkReport;
  'links:graph': GraphData;
  'links:related': RelatedArticles;
  /** Changes a claim's statement and rewrites every link naming it by the old one, all or nothing. */
  'links:renameClaim': ClaimRenameOutcome;
  /** Links in active articles that resolve to one claim, one per occurrence. */
  'links:forClaim': Backlink[];
  /** Markdown files as articles, all or nothing. */
  'import:markdown': ImportOutcome;
  /** Opens an import session; `import:add` sends the files in chunks, `import:commit` writes them. */
  'import:begin': ImportStatus;
  'import:add': ImportStatus;
  /** Writes every file of the session as articles, all or nothing, and ends the session. */
  'import:commit': ImportOutcome;
  'import:status': ImportStatus;
  /** Ends a session; a commit in progress rolls back. `cancelled` is false when no such session was open. */
  'import:cancel': { cancelled: boolean };
  'import:chooseFolder': FolderChoice;
  /** What the session's files would become, and what collides, before anything is written. */
  'import:preview': ImportPreview;
  /** Starts an export: a job to follow with `jobs:status`. */
  'export:start': JobStart;
  /** One self-contained HTML document of the articles, with notes and bibliography, for printing. */
  'export:printHtml': { html: string };
  'jobs:status': JobStatus;
  /** Stops a running job; nothing it was making is written. */
  'jobs:cancel': { cancelled: boolean };
  /** A piece of a finished job's file (base64), from `offset`. */
  'jobs:download': { data: string; offset: number; size: number; done: boolean };
  'jobs:dismiss': { dismissed: boolean };
  /** Starts receiving a file from the page, in pieces. */
  'uploads:begin': { uploadId: string };
  'uploads:add': { received: number; size: number };
  /** Makes a bundle of articles and what they depend on: a job, like an export. */
  'bundles:create': JobStart;
  'bundles:choose': BundleChoice;
  /** Reads an uploaded bundle and says what applying it would do. */
  'bundles:preview': BundlePreview;
  /** Applies a previewed bundle, all or nothing. */
  'bundles:apply': BundleOutcome;
  'bundles:discard': { discarded: boolean };
  /** Conflict copies made by bundles, newest first. */
  'bundles:conflicts': ConflictRecord[];
  'bundles:resolve': ConflictRecord;
  /** The best hits first. */
  'search:query': SearchResponse;
  'search:status': SearchStatus;
  'claims:list': Claim[];
  'claims:get': ClaimDetail;
  'claims:create': Claim;
  'claims:update': Claim;
  'claims:delete': ClaimDeleteResult;
  /** Every category channel answers the whole taxonomy, in order. */
  'categories:list': Category[];
  'categories:add': Category[];
  'categories:rename': Category[];
  'categories:reorder': Category[];
  /** Claims of the merged categories move to the target. */
  'categories:merge': Category[];
  'categories:delete': Category[];
  /** In Vietnamese order of their keys. */
  'sources:list': Source[];
  'sources:get': SourceDetail;
  'sources:create': Source;
  /** A new key rewrites every citation of the old one, all or nothing. */
  'sources:update': SourceUpdateResult;
  'sources:delete': { id: string };
  /** The tag tree of the non-trashed articles with counts (a parent counts its children) and colours. */
  'tags:list': TagNode[];
  'tags:setColor': TagNode[];
  /** Rewrites every article and claim, all or nothing. */
  'tags:rename': TagEditResult;
  'tags:delete': TagEditResult;
  'articles:update': ArticleSummary;
  /** The changed articles, in the order asked. */
  'articles:setStatus': ArticleSummary[];
  'smartLists:list': SmartList[];
  'smartLists:save': SmartList;
  'smartLists:delete': { id: string };
  'dashboard:get': Dashboard;
  /** In the order they were made. */
  'templates:list': Template[];
  'templates:save': Template;
  'templates:delete': { id: string };
  /** The new article, already linked to the claim when one was given. */
  'templates:instantiate': Article;
  'spelling:lexicon': SpellingLexicon;
  /** The dictionary after the change. */
  'spelling:addWord': string[];
  'spelling:removeWord': string[];
  'writing:stats': WritingStats;
  'workspace:welcome': WelcomeResult;
  'team:status': TeamStatus;
  'team:connect': TeamStatus;
  'team:disconnect': TeamStatus;
  'team:sync': TeamStatus;
}

/** Every channel name of the contract. */
export type Channel = keyof Responses & keyof typeof requestSchemas;

/** The request a channel accepts, after its schema has parsed it (defaults applied). */
export type RequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>;

/** The request a caller may send (defaults optional). */
export type RequestInput<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

/** The response of a channel. */
export type ResponseOf<C extends Channel> = Responses[C];

/** What crosses every transport: a value or an error, never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The backend's side of the contract: one async handler per channel. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'article:new',
  'article:fromTemplate',
  'article:trash',
  'import:folder',
  'import:files',
  'export:article',
  'print:article',
  'bundles:send',
  'bundles:receive',
  'view:editor',
  'view:split',
  'view:preview',
  'view:focus',
  'view:typewriter',
  'settings:open',
  'help:shortcuts',
  'help:markdown',
  'language:vi',
  'language:en',
] as const;

/** One application-menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * What the preload script exposes as `window.desk`, and what the web host's
 * client implements over HTTP: the whole surface between renderer and backend.
 */
export interface DeskBridge {
  /** Calls one channel; never rejects for backend errors, which come back in the envelope. */
  invoke<C extends Channel>(channel: C, request: RequestInput<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Registers the function the host calls to flush pending saves before closing; it resolves true when all is saved. */
  onFlushRequest(handler: () => Promise<boolean>): () => void;
}
