import { AppError } from '../errors.js';
import { colorTable, type TagColors } from './colors.js';
import { isWithinTag, normalizeTag } from './normalize.js';
import type { Tagged } from './tree.js';

/** The new tag list of one item a tag operation changed. */
export interface TagChange {
  id: string;
  tags: string[];
}

/** True when one of `tags` is `filter` or nested under it: filtering by a tag includes its children. */
export function hasTag(tags: readonly string[], filter: string): boolean {
  return tags.some((tag) => isWithinTag(tag, filter));
}

function rewrite(items: readonly Tagged[], map: (tag: string) => string | null): TagChange[] {
  const changes: TagChange[] = [];
  for (const item of items) {
    const tags = [...new Set(item.tags.map(map).filter((tag): tag is string => tag !== null))];
    const same = tags.length === item.tags.length && tags.every((tag, i) => tag === item.tags[i]);
    if (!same) changes.push({ id: item.id, tags });
  }
  return changes;
}

/**
 * Renames `from` to `to` on every item, its child tags moving with it
 * (`a/x` becomes `b/x`). Renaming onto a tag that exists merges the two: an
 * item that had both keeps one. Returns only the items that change, so the
 * caller can write them all at once. Refuses (`invalid_request`) a rename
 * into the tag's own subtree (`a` → `a/b`), which would have no fixed
 * meaning; renaming a tag to itself changes nothing.
 */
export function renameTag(items: readonly Tagged[], from: string, to: string): TagChange[] {
  const source = normalizeTag(from);
  const target = normalizeTag(to);
  if (source === target) return [];
  if (isWithinTag(target, source)) {
    throw new AppError('invalid_request', `Cannot move tag "${source}" inside itself ("${target}").`, {
      from: source,
      to: target,
    });
  }
  return rewrite(items, (tag) => (isWithinTag(tag, source) ? target + tag.slice(source.length) : tag));
}

/** Removes `tag` and every tag under it from every item; returns the items that change. */
export function deleteTag(items: readonly Tagged[], tag: string): TagChange[] {
  const doomed = normalizeTag(tag);
  return rewrite(items, (current) => (isWithinTag(current, doomed) ? null : current));
}

/**
 * The colour table after a rename: colours under `from` move to `to`; where
 * both had one, the target's colour wins.
 */
export function renameTagColors(colors: Readonly<TagColors>, from: string, to: string): TagColors {
  const source = normalizeTag(from);
  const target = normalizeTag(to);
  const result = colorTable();
  for (const [tag, color] of Object.entries(colors)) {
    if (!isWithinTag(tag, source)) result[tag] = color;
  }
  for (const [tag, color] of Object.entries(colors)) {
    if (isWithinTag(tag, source)) result[target + tag.slice(source.length)] ??= color;
  }
  return result;
}

/** The colour table without `tag` and the tags under it. */
export function deleteTagColors(colors: Readonly<TagColors>, tag: string): TagColors {
  const doomed = normalizeTag(tag);
  return colorTable(Object.entries(colors).filter(([name]) => !isWithinTag(name, doomed)));
}
