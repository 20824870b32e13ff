import { diffArrays } from 'diff';
import { countWords, wordSegments } from '../text/words.js';

/** A run of Latin letters (Vietnamese included) or digits: one word, no segmenter needed. */
const ONE_WORD = /^(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+|[0-9]+)$/;

/** One run of a word-level diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Splits text into words (Vietnamese syllables), runs of white space and
 * punctuation, keeping every character. Words are cut by the same rules as
 * the word count ({@link wordSegments}), so a diff's figures and its marks
 * agree on every platform. Plain syllables and numbers need no rules.
 */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.normalize('NFC').matchAll(/\s+|\S+/g)) {
    if (/^\s/.test(token) || ONE_WORD.test(token)) tokens.push(token);
    else tokens.push(...wordSegments(token));
  }
  return tokens;
}

/**
 * Word-level diff of two texts, Vietnamese-aware: each syllable is a word, so
 * changing "đổi mới" to "đổi thay" marks one word, not the phrase. Adjacent
 * runs of one kind are merged.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(diffTokens(before), diffTokens(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text !== '') parts.push({ kind, text });
  }
  return parts;
}

/** Counts the words added and removed by a diff. */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'same') continue;
    const words = countWords(part.text);
    if (part.kind === 'added') added += words;
    else removed += words;
  }
  return { added, removed };
}
