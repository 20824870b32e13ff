import type { TeamRefusal, TeamStatus } from '../../../../core/ipc/team-contract.js';

/** The status of a workspace that is not connected to a team database. */
export const NOT_CONNECTED: TeamStatus = Object.freeze({
  state: 'off',
  server: null,
  db: null,
  user: null,
  role: null,
  waiting: 0,
  progress: null,
  lastSyncAt: null,
  received: 0,
  errorCode: null,
  error: null,
  refused: [],
});

/** True when the workspace is connected to a team database (whatever sync is doing). */
export function isConnected(status: Pick<TeamStatus, 'state'>): boolean {
  return status.state !== 'off';
}

/** How often the page asks for the status. */
export const POLL = {
  /** Connected, and the window is visible. */
  visible: 2_000,
  /** Connected, but nobody is looking. */
  hidden: 15_000,
  /** Not connected: only another window or the CLI could change that. */
  idle: 30_000,
  /** The backend did not answer: asked again after this. */
  failed: 10_000,
} as const;

/** The delay before the next status request. */
export function pollDelay(status: Pick<TeamStatus, 'state'>, visible: boolean): number {
  if (!isConnected(status)) return POLL.idle;
  return visible ? POLL.visible : POLL.hidden;
}

/** What tells one refusal from another (the list has no ids). */
export function refusalKey(refusal: TeamRefusal): string {
  return [refusal.direction, refusal.docId, refusal.at, refusal.reason].join('\u0000');
}

/** The refusals of `next` that are not in `seen`, newest first (the order the status lists them). */
export function newRefusals(seen: ReadonlySet<string>, next: readonly TeamRefusal[]): TeamRefusal[] {
  return next.filter((refusal) => !seen.has(refusalKey(refusal)));
}

/** True when two statuses would show the same thing (the store keeps the old object then). */
export function sameStatus(a: TeamStatus, b: TeamStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether sync wrote something here between two statuses (a round that only
 * sent, or found nothing new, did not): then the page reads its lists again.
 */
export function syncWroteHere(before: TeamStatus, after: TeamStatus): boolean {
  return after.received !== before.received;
}
