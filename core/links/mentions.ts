import { AppError } from '../errors.js';
import { lineAt, lineStarts } from './blocks.js';
import { sentenceAround, type Excerpt } from './context.js';
import { foldKey, foldWithOffsets } from './folded.js';
import { isLinkableTitle } from './normalize.js';
import { scanMarkdown } from './parse.js';
import type { TextRange } from './types.js';

/** A place where a title appears as plain text, not yet linked. */
export interface Mention extends TextRange {
  /** 1-based line of `from`. */
  line: number;
  /** The words as written in the text. */
  text: string;
  /** The title or alias it matched. */
  needle: string;
  /** The sentence around it. */
  context: Excerpt;
}

const WORD = /[\p{L}\p{N}]/u;
const MARKDOWN_LINK = /!?\[[^\]\n]*\]\([^)\n]*\)/g;
const AUTOLINK = /<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi;
const BARE_URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]+/gi;

/** Marks where mentions may not be: code, comments, wiki-links, markdown links and URLs. */
function linkedOrCode(text: string): Uint8Array {
  const blocked = new Uint8Array(text.length);
  const scan = scanMarkdown(text);
  for (const range of [...scan.masked, ...scan.links]) blocked.fill(1, range.from, range.to);
  for (const pattern of [MARKDOWN_LINK, AUTOLINK, BARE_URL]) {
    for (const match of text.matchAll(pattern)) blocked.fill(1, match.index, match.index + match[0].length);
  }
  return blocked;
}

function isFree(blocked: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (blocked[i] === 1) return false;
  return true;
}

/**
 * Finds where any of `needles` (a title and its aliases) appears as plain
 * text: tone- and case-insensitively (`tham nhung` matches "Tham nhũng"), on
 * word boundaries, across any run of spaces or one line break, and never
 * inside code, comments, an existing wiki-link, a markdown link or a URL.
 * Overlapping matches keep the longest. Each comes with its sentence.
 */
export function findUnlinkedMentions(text: string, needles: readonly string[]): Mention[] {
  const keys = [...new Set(needles)]
    .map((needle) => ({ needle, key: foldKey(needle) }))
    .filter(({ key }) => key !== '');
  if (keys.length === 0 || text === '') return [];
  const folded = foldWithOffsets(text);
  const blocked = linkedOrCode(text);
  const found: Array<TextRange & { needle: string }> = [];
  for (const { needle, key } of keys) {
    for (let at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + 1)) {
      const after = at + key.length;
      if (at > 0 && WORD.test(folded.text[at - 1]!)) continue;
      if (after < folded.text.length && WORD.test(folded.text[after]!)) continue;
      const from = folded.starts[at]!;
      const to = folded.ends[after - 1]!;
      if (isFree(blocked, from, to)) found.push({ from, to, needle });
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const starts = lineStarts(text);
  const mentions: Mention[] = [];
  let reached = 0;
  for (const range of found) {
    if (range.from < reached) continue;
    reached = range.to;
    mentions.push({
      ...range,
      line: lineAt(starts, range.from),
      text: text.slice(range.from, range.to),
      context: sentenceAround(text, range.from, range.to),
    });
  }
  return mentions;
}

/**
 * Turns one mention into a link to `title` and returns the new text:
 * `[[Title]]` when the words are the title as written, else
 * `[[Title|words as written]]`. Throws `conflict` when the text changed
 * since the mention was found (the words are not there any more, or are now
 * inside a link or code), `invalid_request` when `title` cannot be linked.
 */
export function linkMention(text: string, mention: TextRange & { text: string }, title: string): string {
  const { from, to } = mention;
  if (!isLinkableTitle(title)) {
    throw new AppError(
      'invalid_request',
      `A link cannot name the title "${title}": it holds [ ] | # ^ or %%.`,
    );
  }
  if (!(from >= 0 && to > from && to <= text.length) || text.slice(from, to) !== mention.text) {
    throw new AppError('conflict', 'The text changed since the mention was found; look for mentions again.');
  }
  if (!isFree(linkedOrCode(text), from, to)) {
    throw new AppError('conflict', 'The mention is now inside a link, code or a comment.');
  }
  const shown = mention.text.replace(/\s+/g, ' ').trim();
  if (shown === '' || /[[\]|]/.test(shown)) {
    throw new AppError('invalid_request', `The words "${shown}" cannot be the text of a link.`);
  }
  const cleanTitle = title.trim();
  const link = shown === cleanTitle ? `[[${cleanTitle}]]` : `[[${cleanTitle}|${shown}]]`;
  return text.slice(0, from) + link + text.slice(to);
}
