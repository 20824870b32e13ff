const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/**
 * Counts words the way Vietnamese editors do: every syllable-word
 * ("Hà Nội" is two), numbers included, punctuation and markdown markup not.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) count += 1;
  }
  return count;
}
