/**
 * Which pairs of adjacent words an article holds, as a small Bloom filter:
 * about four bits per word of text, two probes per pair. A title appears in a
 * text only if every pair of its adjacent words does, so the filter rules out
 * most articles that merely hold a title's words somewhere, without reading
 * them. Never a false "no"; a false "maybe" for at most about one pair in six.
 */

/** Bits per word of text. */
const BITS_PER_PAIR = 4;
/** Size of the smallest filter, in 32-bit words: short texts get few false "maybe"s too. */
const MIN_WORDS = 8;

/** A 32-bit hash of a word (FNV-1a over UTF-16 code units): stable whatever numbers words get. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The hash of word `a` followed by word `b` (given as {@link wordHash}es). */
export function pairHash(a: number, b: number): number {
  let hash = Math.imul(a, 0x9e3779b1) ^ b;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Two bit positions of a pair; the second from a fresh mix of all its bits, so the two are independent. */
function probes(pair: number, bits: number): [number, number] {
  let second = Math.imul(pair ^ (pair >>> 15), 0x2c1b3c6d);
  second = Math.imul(second ^ (second >>> 12), 0x297a2d39);
  return [pair % bits, ((second ^ (second >>> 15)) >>> 0) % bits];
}

/** The filter of a text's adjacent word pairs (as {@link pairHash}es). */
export function pairFilter(pairs: readonly number[]): Uint32Array {
  const filter = new Uint32Array(Math.max(MIN_WORDS, Math.ceil((pairs.length * BITS_PER_PAIR) / 32)));
  const bits = filter.length * 32;
  for (const pair of pairs) {
    for (const bit of probes(pair, bits)) filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/** Whether the text of `filter` may hold the pair; false means it certainly does not. */
export function mayHoldPair(filter: Uint32Array, pair: number): boolean {
  const bits = filter.length * 32;
  return probes(pair, bits).every((bit) => (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0);
}
