import { diffArrays } from 'diff';

const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/** One run of a word-level diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Splits text into words (Vietnamese syllables), spaces and punctuation, keeping every character. */
export function diffTokens(text: string): string[] {
  return Array.from(segmenter.segment(text.normalize('NFC')), (segment) => segment.segment);
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
    let words = 0;
    for (const segment of segmenter.segment(part.text)) if (segment.isWordLike) words += 1;
    if (part.kind === 'added') added += words;
    else removed += words;
  }
  return { added, removed };
}
