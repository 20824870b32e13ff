import { normalizeTarget } from './normalize.js';

/** An article as the duplicate-title check sees it. */
export interface TitledEntry {
  id: string;
  title: string;
}

/** Articles that share one title, so a `[[title]]` link to them is ambiguous. */
export interface TitleGroup<E extends TitledEntry = TitledEntry> {
  /** The title as the first of them writes it. */
  title: string;
  entries: E[];
}

/**
 * Groups of two or more entries whose titles compare equal as link targets
 * (see {@link normalizeTarget}: case, spacing and Unicode form ignored, tone
 * marks kept), in the order their first member appears. Untitled entries
 * are never grouped.
 */
export function duplicateTitles<E extends TitledEntry>(entries: Iterable<E>): TitleGroup<E>[] {
  const byKey = new Map<string, E[]>();
  for (const entry of entries) {
    const key = normalizeTarget(entry.title);
    if (key === '') continue;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [entry]);
    else group.push(entry);
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ title: group[0]!.title, entries: group }));
}

/** The entries other than `exceptId` whose title compares equal to `title` as a link target. */
export function sameTitle<E extends TitledEntry>(
  entries: Iterable<E>,
  title: string,
  exceptId?: string,
): E[] {
  const key = normalizeTarget(title);
  if (key === '') return [];
  const found: E[] = [];
  for (const entry of entries) {
    if (entry.id !== exceptId && normalizeTarget(entry.title) === key) found.push(entry);
  }
  return found;
}
