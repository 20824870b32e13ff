/** What a member of a team database may do; the server's design document enforces it. */
export const TEAM_ROLES = ['writer', 'editor'] as const;
/** A writer creates and edits; an editor also approves, publishes and edits the taxonomy. */
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * Where sync stands: `off` (no team database), `connecting`, `syncing` (the
 * first sync or a catch-up under way), `synced` (nothing waiting), `waiting`
 * (local changes not sent yet), `offline` (the server cannot be reached; it is
 * tried again with back-off), `error` (the server refused us: see `error`).
 */
export type TeamSyncState = 'off' | 'connecting' | 'syncing' | 'synced' | 'waiting' | 'offline' | 'error';

/** Why sync stopped, as a code the page translates. */
export type TeamErrorCode =
  | 'unreachable'
  | 'unauthorized'
  | 'not-couchdb'
  | 'certificate'
  | 'no-database'
  | 'forbidden'
  | 'no-credentials'
  | 'other';

/** What a team document holds. */
export type TeamItemKind = 'article' | 'claim' | 'source' | 'category' | 'tagColors' | 'smartList';

/** A change the server refused (a role) or a server document refused here (it fails the workspace's schema). */
export interface TeamRefusal {
  /** `push`: the server refused our change; `pull`: we refused the server's document. */
  direction: 'push' | 'pull';
  kind: TeamItemKind | 'unknown';
  /** The CouchDB document id. */
  docId: string;
  /** The item's title, statement or key when known. */
  label: string;
  /** The server's reason, or what the schema found. */
  reason: string;
  /** ISO time. */
  at: string;
}

/** What `team:status` answers. */
export interface TeamStatus {
  state: TeamSyncState;
  /** The server's address without credentials, or null when not connected. */
  server: string | null;
  db: string | null;
  user: string | null;
  /** The user's role in the team database, once the server told us. */
  role: TeamRole | null;
  /** Local changes not yet on the server. */
  waiting: number;
  /** The first sync's progress (documents), or null when none is under way. */
  progress: { done: number; total: number } | null;
  /** ISO time of the last complete sync. */
  lastSyncAt: string | null;
  /**
   * How many documents from the server sync has written here since the
   * workspace opened (conflict copies and trashed articles included): the
   * page reads its lists again only when this grows.
   */
  received: number;
  errorCode: TeamErrorCode | null;
  /** The server's or the network's own words, for the details. */
  error: string | null;
  /** Refusals since the workspace was connected, newest first (at most 100). */
  refused: TeamRefusal[];
}
