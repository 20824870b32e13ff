import { AppError } from '../errors.js';
import { isLinkableTitle, normalizeTarget } from './normalize.js';
import { parseLinks } from './parse.js';
import type { LinkKind, WikiLink } from './types.js';

/** The text after a rename and how many links in it changed. */
export interface RenameResult {
  text: string;
  count: number;
}

/** Which links a rename rewrites: a predicate, or the old title / path as written in links. */
export type RenameMatch = string | ((link: WikiLink) => boolean);

function matcher(match: RenameMatch, kind: LinkKind): (link: WikiLink) => boolean {
  if (typeof match !== 'string') return match;
  const key = normalizeTarget(match);
  return (link) => link.kind === kind && link.target !== '' && normalizeTarget(link.target) === key;
}

/**
 * The target to write in place of `old`: `newTitle`, keeping the folders
 * before it when the link was written as a path and `newTitle` has none,
 * and a `.md` suffix when the link had one.
 */
function replacement(old: string, newTitle: string): string {
  const slash = old.lastIndexOf('/');
  const folders = slash >= 0 && !newTitle.includes('/') ? old.slice(0, slash + 1) : '';
  const suffix = /\.md$/i.test(old) ? old.slice(-3) : '';
  return folders + newTitle + suffix;
}

/**
 * Rewrites every link to a renamed article or claim: the target part of
 * each matching link becomes `newTitle` (for an article link written as a
 * path, its folders are kept; a claim link's target is replaced whole); `#heading`, `|display text`, the
 * embed `!` and links inside code are left as they were. Pure and
 * all-or-nothing: it returns the whole new text, or throws before anything
 * is built when `newTitle` cannot be written in a link (`invalid_request`).
 * `count` is the number of links whose text changed.
 */
export function renameLinks(
  text: string,
  match: RenameMatch,
  newTitle: string,
  kind: LinkKind = 'article',
): RenameResult {
  const title = newTitle.normalize('NFC').trim();
  if (!isLinkableTitle(title)) {
    throw new AppError(
      'invalid_request',
      `Links cannot name "${newTitle}": a linked title may not be blank or hold [ ] | # ^, %% or line breaks.`,
    );
  }
  const matches = matcher(match, kind);
  const parts: string[] = [];
  let count = 0;
  let copied = 0;
  for (const link of parseLinks(text)) {
    if (!matches(link)) continue;
    const next = kind === 'claim' ? title : replacement(link.target, title);
    if (next === link.target) continue;
    parts.push(text.slice(copied, link.targetFrom), next);
    copied = link.targetTo;
    count++;
  }
  if (count === 0) return { text, count };
  parts.push(text.slice(copied));
  return { text: parts.join(''), count };
}
