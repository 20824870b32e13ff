/**
 * The merge rules of exchange bundles, and later of team sync: how an
 * incoming version of an item (article, claim, source) meets the local one.
 * "Changed on one side" is decided by revision ancestry, never by clocks,
 * which differ between offline machines: every side keeps, per item, the
 * hashes of the versions it has sent or received. Pure: no I/O, no hashing
 * (the caller hashes the canonical text of {@link ./canonical.ts}).
 */

/** What one side knows of an item. */
export interface VersionInfo {
  /** Hash of the item's current content. */
  hash: string;
  /** Hashes of the versions this side has held and exchanged, oldest first; may omit `hash`. */
  ancestry: readonly string[];
}

/**
 * A version of the same item held locally under another id: a conflict copy
 * of it or, when the incoming item is itself a conflict copy, the item it
 * copies and that item's other copies.
 */
export interface HeldCopy {
  copyId: string;
  version: VersionInfo;
  /** The item an incoming copy copies: it may hold the incoming version, but is never updated to it. */
  original?: boolean;
}

/**
 * What to do with an incoming version:
 * - `add`: no local item; add it as it is;
 * - `identical`: both sides hold the same content;
 * - `keep`: the local item already holds this version or one made from it;
 * - `take`: the incoming version was made from the local one; take it (the
 *   local version goes to the history);
 * - `held`: a conflict copy already holds this version (or one made from it);
 * - `updateCopy`: the incoming version was made from what a conflict copy
 *   holds; update that copy;
 * - `conflict`: both sides changed it; keep the local item and add the
 *   incoming version as a conflict copy linked to it.
 */
export type MergeOutcome =
  | { kind: 'add' }
  | { kind: 'identical' }
  | { kind: 'keep' }
  | { kind: 'take' }
  | { kind: 'held'; copyId: string }
  | { kind: 'updateCopy'; copyId: string }
  | { kind: 'conflict' };

/** Most hashes kept per item; older ones fall off (an exchange that old then shows as a conflict, never a loss). */
export const MAX_ANCESTRY = 500;

/** Whether `version` is `hash` or was made from it. */
function descendsFrom(version: VersionInfo, hash: string): boolean {
  return version.hash === hash || version.ancestry.includes(hash);
}

/**
 * Decides what an incoming version does to the local item (null when there
 * is none) and the other versions of it held locally (`held`). Content
 * identity comes first, then ancestry in both directions, then the held
 * versions; anything else is a conflict, so a version is never replaced
 * unless it is an ancestor of its replacement, and never added twice.
 */
export function decideMerge(
  local: VersionInfo | null,
  incoming: VersionInfo,
  held: readonly HeldCopy[] = [],
): MergeOutcome {
  if (local === null) {
    const holder = held.find((copy) => descendsFrom(copy.version, incoming.hash));
    return holder === undefined ? { kind: 'add' } : { kind: 'held', copyId: holder.copyId };
  }
  if (local.hash === incoming.hash) return { kind: 'identical' };
  if (descendsFrom(local, incoming.hash)) return { kind: 'keep' };
  if (incoming.ancestry.includes(local.hash)) return { kind: 'take' };
  for (const copy of held) {
    if (descendsFrom(copy.version, incoming.hash)) return { kind: 'held', copyId: copy.copyId };
  }
  for (const copy of held) {
    if (copy.original !== true && incoming.ancestry.includes(copy.version.hash)) {
      return { kind: 'updateCopy', copyId: copy.copyId };
    }
  }
  return { kind: 'conflict' };
}

/**
 * `ancestry` followed by the `more` hashes it lacks, in order, without
 * repeats; the oldest fall off beyond {@link MAX_ANCESTRY}.
 */
export function extendAncestry(
  ancestry: readonly string[],
  ...more: ReadonlyArray<readonly string[]>
): string[] {
  const seen = new Set(ancestry);
  const out = [...ancestry];
  for (const list of more) {
    for (const hash of list) {
      if (seen.has(hash)) continue;
      seen.add(hash);
      out.push(hash);
    }
  }
  return out.length > MAX_ANCESTRY ? out.slice(out.length - MAX_ANCESTRY) : out;
}

/** The ancestry to send with an item: what this side has exchanged, and its current version. */
export function outgoingVersion(current: string, ancestry: readonly string[]): VersionInfo {
  return { hash: current, ancestry: extendAncestry(ancestry, [current]) };
}

/**
 * The ancestry an item keeps once an incoming version joined it: `base` is
 * the item the outcome changes or recognises (the local item for
 * `identical`, `keep` and `take`; the copy for `updateCopy`), null for a new
 * item (`add`, and the new copy of a `conflict`). On a conflict the local
 * item's own ancestry stays as it was, so the two versions stay apart until
 * a writer resolves it ({@link resolveConflict}).
 */
export function joinAncestry(base: VersionInfo | null, incoming: VersionInfo): string[] {
  const theirs = [...incoming.ancestry, incoming.hash];
  return base === null ? extendAncestry([], theirs) : extendAncestry(base.ancestry, [base.hash], theirs);
}

/**
 * The local item's ancestry once a writer has resolved a conflict with the
 * version a copy held: that version becomes an ancestor, so the next
 * exchange takes the resolution on the other side instead of conflicting again.
 */
export function resolveConflict(local: VersionInfo, copy: VersionInfo): string[] {
  return extendAncestry(local.ancestry, [local.hash], copy.ancestry, [copy.hash]);
}
