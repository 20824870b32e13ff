import { getFoldTable, HASH_SEED, hashStep, MARK, resolveChar, SEPARATOR, UNKNOWN } from './chars.js';
import type { SnippetSegment } from './types.js';

/** A folded word to mark in a text; `prefix` marks words that start with it. */
export interface HighlightTerm {
  term: string;
  prefix: boolean;
}

/** Longest stretch of a body searched for a snippet. */
const SNIPPET_SCAN = 20_000;

type Range = [start: number, end: number, termIndex: number];

const MAX_RANGES = 256;

function hashOf(term: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < term.length; i++) hash = hashStep(hash, term.charCodeAt(i));
  return hash;
}

/**
 * Where the terms occur as whole words (or word starts, for prefixes) in a
 * text, in order. Words are folded and hashed one code unit at a time in
 * place, so nothing is copied and offsets are those of the original text.
 * Stops `horizon` characters after the first match.
 */
function findMatches(text: string, terms: readonly HighlightTerm[], horizon = Infinity): Range[] {
  const table = getFoldTable();
  const targets = terms.filter(({ term }) => term !== '');
  const hashes = targets.map(({ term }) => hashOf(term));
  const prefixAt = new Int32Array(1 + Math.max(0, ...targets.map(({ term }) => term.length))).fill(-1);
  targets.forEach(({ term, prefix }, t) => {
    if (prefix && prefixAt[term.length]! < 0) prefixAt[term.length] = t;
  });
  const ranges: Range[] = [];
  if (targets.length === 0) return ranges;
  let stop = text.length;
  let i = 0;
  while (i < stop && ranges.length < MAX_RANGES) {
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((table[code] === UNKNOWN ? resolveChar(code) : table[code]) !== SEPARATOR) break;
    }
    const start = i;
    let hash = HASH_SEED;
    let length = 0;
    let prefixHit = -1;
    for (; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const code = table[unit] === UNKNOWN ? resolveChar(unit) : table[unit]!;
      if (code === SEPARATOR) break;
      if (code === MARK) continue;
      hash = hashStep(hash, code);
      length++;
      if (prefixHit < 0 && length < prefixAt.length) {
        const t = prefixAt[length]!;
        if (t >= 0 && hashes[t] === hash) prefixHit = t;
      }
    }
    if (start === i) break;
    let index = prefixHit;
    if (index < 0)
      for (let t = 0; t < targets.length; t++)
        if (hashes[t] === hash && targets[t]!.term.length === length) index = t;
    if (index < 0) continue;
    if (ranges.length === 0 && horizon < Infinity) stop = Math.min(text.length, start + horizon);
    ranges.push([start, i, index]);
  }
  return ranges;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ');

function segmentsOf(text: string, ranges: Range[], from: number, to: number): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > at) segments.push({ text: tidy(text.slice(at, start)), match: false });
    segments.push({ text: text.slice(Math.max(start, from), Math.min(end, to)), match: true });
    at = Math.min(end, to);
  }
  if (at < to) segments.push({ text: tidy(text.slice(at, to)), match: false });
  return segments.filter((segment) => segment.text !== '');
}

/** The whole text split into matched and unmatched segments (for titles). */
export function highlight(text: string, terms: readonly HighlightTerm[]): SnippetSegment[] {
  return segmentsOf(text, findMatches(text, terms), 0, text.length);
}

/** Whether match `r` and the next stand as query words typed next to each other: in order, with only a space or punctuation between. */
function adjacentAt(text: string, ranges: Range[], r: number): boolean {
  const [, end, term] = ranges[r]!;
  const next = ranges[r + 1];
  return (
    next !== undefined &&
    next[2] === term + 1 &&
    next[0] - end <= 3 &&
    !/[\p{L}\p{N}\n]/u.test(text.slice(end, next[0]))
  );
}

/**
 * The start of the best window of `width` characters: most distinct query
 * words, then most of them adjacent as typed (the phrase), then most matches.
 */
function bestWindow(text: string, ranges: Range[], width: number): number {
  const adjacent = ranges.map((_, r) => (adjacentAt(text, ranges, r) ? 1 : 0));
  const inWindow = new Map<number, number>();
  let best = 0;
  let bestScore = -1;
  let right = 0;
  let pairs = 0;
  for (let left = 0; left < ranges.length; left++) {
    while (right < ranges.length && ranges[right]![1] - ranges[left]![0] <= width) {
      const term = ranges[right]![2];
      inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
      if (right > left) pairs += adjacent[right - 1]!;
      right++;
    }
    const score = inWindow.size * 1_000_000 + pairs * 1000 + (right - left);
    if (score > bestScore) [best, bestScore] = [left, score];
    const leaving = ranges[left]![2];
    const remaining = (inWindow.get(leaving) ?? 1) - 1;
    if (remaining <= 0) inWindow.delete(leaving);
    else inWindow.set(leaving, remaining);
    if (left + 1 < right) pairs -= adjacent[left]!;
  }
  return ranges[best]?.[0] ?? 0;
}

function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space < 0 || space - at > 20 ? at : space + 1;
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 || at - space > 20 ? at : space;
}

/**
 * A passage of about `width` characters of `text` around the densest cluster
 * of matched words, split into segments. Offsets are computed on the original
 * text, so a tone-less query highlights the toned words it matched.
 */
export function makeSnippet(text: string, terms: readonly HighlightTerm[], width = 180): SnippetSegment[] {
  const scan = text.length > SNIPPET_SCAN ? text.slice(0, SNIPPET_SCAN) : text;
  const ranges = findMatches(scan, terms, width * 3);
  const anchor = bestWindow(scan, ranges, width);
  const start = snapStart(scan, Math.max(0, anchor - Math.floor(width / 4)));
  const end = snapEnd(scan, Math.min(scan.length, start + width));
  const segments = segmentsOf(scan, ranges, start, end);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}
