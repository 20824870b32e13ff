import { HASH_SEED, hashStep } from '../../../core/search/index.js';

/**
 * Uint32 values per posting: document ordinal, packed field counts, spelling
 * mask, and where its positions start in the word's
 * {@link WordPostings.positions} (they end where the next posting's start).
 */
export const STRIDE = 4;
/** Low bits of a position entry that hold the spelling code; the word position sits above them. */
export const CODE_BITS = 5;
/** The spelling code of the last slot: every toned spelling past the 30th shares it. */
export const LAST_CODE = (1 << CODE_BITS) - 1;
/** Highest word position a document may use (later words all take this one). */
export const MAX_POSITION = (2 ** 32 - 1) >>> CODE_BITS;

const EMPTY = new Uint32Array(0);
/** Most postings held back before they are moved into their lists (10,000 articles have about 2 million). */
const PENDING_LIMIT = 1 << 18;
/** Values per held-back posting: word id, the posting, its number of positions. */
const PENDING_WIDTH = STRIDE + 2;

/**
 * A folded word with its postings and, posting after posting, the positions
 * it occurs at in each document (`position << CODE_BITS | code`, ascending
 * within a document). Spelling code 0 is the folded form itself (a word
 * written without diacritics), code c is toned spelling c - 1 of
 * {@link WordPostings.variantTexts}. Keeping a word's positions together in
 * document order lets a query read them as one forward sweep.
 */
export class WordPostings {
  /** Postings, {@link STRIDE} values each, ordinals ascending. */
  list: Uint32Array = EMPTY;
  /** Number of postings in `list`. */
  size = 0;
  /** Position entries of every posting, in posting order. */
  positions: Uint32Array = EMPTY;
  /** Entries used in `positions`. */
  positionCount = 0;
  /** Hashes of toned forms; toned form i has spelling code i + 1. */
  readonly variants: number[] = [];
  /** The toned forms themselves, same order as `variants`. */
  readonly variantTexts: string[] = [];
  /** Postings of live documents, counted for the document-store version `liveVersion`. */
  liveSize = 0;
  liveVersion = -1;

  constructor(
    readonly text: string,
    readonly id: number,
    /** FNV-1a hash of `text`, for the interning table. */
    readonly hash: number,
  ) {}

  /** The lower-case spelling that code `code` stands for (the last code stands for several). */
  spelling(code: number): string {
    return code === 0 ? this.text : (this.variantTexts[code - 1] ?? '');
  }

  /** The end (exclusive) in `positions` of the posting at offset `offset` of `list`. */
  positionsEnd(offset: number): number {
    return offset + STRIDE < this.size * STRIDE ? this.list[offset + STRIDE + 3]! : this.positionCount;
  }
}

/** The spelling code of toned variant number `index`. */
export function codeOfVariant(index: number): number {
  return Math.min(index + 1, LAST_CODE);
}

/** The posting-mask bit of a spelling code. */
export function codeBit(code: number): number {
  return (1 << code) >>> 0;
}

/** Packs per-field counts (title, metadata, body) into one Uint32 value. */
export function packCounts(title: number, meta: number, body: number): number {
  return (Math.min(title, 255) | (Math.min(meta, 255) << 8)) + Math.min(body, 65535) * 65536;
}

/**
 * How many live documents hold `word`: its postings less those of replaced
 * or removed documents not compacted away yet (counted once per change of
 * the store), so relevance does not depend on the order of updates.
 */
export function documentFrequency(
  word: WordPostings,
  alive: Uint8Array,
  dead: boolean,
  version: number,
): number {
  if (!dead) return word.size;
  if (word.liveVersion !== version) {
    let live = 0;
    for (let i = 0; i < word.size; i++) live += alive[word.list[i * STRIDE]!]!;
    word.liveSize = live;
    word.liveVersion = version;
  }
  return word.liveSize;
}

/** Index of the posting of document `ord` in `word`, or -1; `from` is a posting index at or before it. */
export function seekPosting(word: WordPostings, ord: number, from = 0): number {
  const list = word.list;
  let low = from;
  let high = word.size - 1;
  if (low > high || list[low * STRIDE]! > ord) {
    low = 0;
  } else {
    let step = 1;
    while (low + step <= high && list[(low + step) * STRIDE]! <= ord) {
      low += step;
      step *= 2;
    }
    high = Math.min(high, low + step);
  }
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = list[mid * STRIDE]!;
    if (value < ord) low = mid + 1;
    else if (value > ord) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The vocabulary of folded words (syllables, numbers, words of other
 * scripts), each with its postings and positions. New postings are held back
 * and moved into their words' arrays together ({@link PostingsIndex.flush}),
 * so a bulk build sizes every array once.
 */
export class PostingsIndex {
  readonly byText = new Map<string, WordPostings>();
  /** Words by id; removed words leave null. */
  readonly byId: (WordPostings | null)[] = [];
  private pending = new Uint32Array(PENDING_WIDTH * 1024);
  private pendingCount = 0;
  /** Position entries of the held-back postings. */
  private staged = new Uint32Array(1 << 14);
  private stagedCount = 0;
  private sorted: string[] | null = null;
  /** Open-addressing table of toned spellings: slot → word id + 1 (0 = empty), with the hash and code. */
  private spellingSlots = new Int32Array(1 << 16);
  private spellingHashes = new Int32Array(1 << 16);
  private spellingCodes = new Uint8Array(1 << 16);
  private spellingsUsed = 0;
  /** Open-addressing table: slot → word id + 1 (0 = empty). */
  private slots = new Int32Array(1 << 16);
  private used = 0;

  /** The entry of a folded word, if any document has it. */
  get(text: string): WordPostings | undefined {
    return this.byText.get(text);
  }

  /**
   * The id of the folded word in `word[0..length)` whose FNV-1a hash is
   * `hash`, creating its entry when new. Allocates nothing for known words.
   */
  intern(word: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const known = this.byId[entry - 1]!;
      if (known.hash === hash && sameWord(known.text, word, length)) return known.id;
      slot = (slot + 1) & mask;
    }
    const text = String.fromCharCode(...word.subarray(0, length));
    return this.create(text, hash, slot).id;
  }

  private create(text: string, hash: number, slot: number): WordPostings {
    const entry = new WordPostings(text, this.byId.length, hash);
    this.byId.push(entry);
    this.byText.set(text, entry);
    this.slots[slot] = entry.id + 1;
    if (++this.used * 2 > this.slots.length) this.rehash();
    if (this.sorted !== null) this.sorted.splice(lowerBound(this.sorted, text), 0, text);
    return entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.used = 0;
    for (const entry of this.byId) {
      if (entry === null) continue;
      let slot = entry.hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry.id + 1;
      this.used++;
    }
  }

  /** Registers a word read back from a serialized index. */
  restore(text: string): WordPostings {
    let hash = HASH_SEED;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    return this.create(text, hash, slot);
  }

  /**
   * Appends a posting with its position entries `entries[from..to)`;
   * ordinals ascend. It joins the word's arrays at the next {@link flush}.
   */
  append(
    word: WordPostings,
    ord: number,
    counts: number,
    mask: number,
    entries: Uint32Array,
    from: number,
    to: number,
  ): void {
    if (this.pendingCount >= PENDING_LIMIT) this.flush();
    if ((this.pendingCount + 1) * PENDING_WIDTH > this.pending.length)
      this.pending = grow(this.pending, this.pendingCount * PENDING_WIDTH, 0);
    if (this.stagedCount + to - from > this.staged.length)
      this.staged = grow(this.staged, this.stagedCount, 0, this.stagedCount + to - from);
    const staged = this.staged;
    for (let i = from, at = this.stagedCount; i < to; i++, at++) staged[at] = entries[i]!;
    const at = this.pendingCount++ * PENDING_WIDTH;
    this.pending[at] = word.id;
    this.pending[at + 1] = ord;
    this.pending[at + 2] = counts;
    this.pending[at + 3] = mask;
    this.pending[at + 4] = this.stagedCount;
    this.pending[at + 5] = to - from;
    this.stagedCount += to - from;
  }

  /**
   * Moves held-back postings into their words' arrays: each array grows once
   * per flush, to the exact size when it at least doubles (a bulk build),
   * with room to spare otherwise (edits one document at a time).
   */
  flush(): void {
    if (this.pendingCount === 0) return;
    const pending = this.pending;
    const postings = new Uint32Array(this.byId.length);
    const positions = new Uint32Array(this.byId.length);
    for (let i = 0; i < this.pendingCount; i++) {
      const at = i * PENDING_WIDTH;
      postings[pending[at]!]!++;
      positions[pending[at]!]! += pending[at + 5]!;
    }
    for (let id = 0; id < postings.length; id++) {
      if (postings[id] === 0) continue;
      const word = this.byId[id]!;
      word.list = reserve(word.list, word.size * STRIDE, postings[id]! * STRIDE);
      word.positions = reserve(word.positions, word.positionCount, positions[id]!);
    }
    const staged = this.staged;
    for (let i = 0; i < this.pendingCount; i++) {
      const at = i * PENDING_WIDTH;
      const word = this.byId[pending[at]!]!;
      const from = pending[at + 4]!;
      const count = pending[at + 5]!;
      const offset = word.size * STRIDE;
      const list = word.list;
      list[offset] = pending[at + 1]!;
      list[offset + 1] = pending[at + 2]!;
      list[offset + 2] = pending[at + 3]!;
      list[offset + 3] = word.positionCount;
      const target = word.positions;
      for (let j = 0, to = word.positionCount; j < count; j++, to++) target[to] = staged[from + j]!;
      word.positionCount += count;
      word.size++;
    }
    this.pendingCount = 0;
    this.stagedCount = 0;
  }

  /** Flushes held-back postings and trims spare room from every array; call after a bulk build. */
  shrink(): void {
    this.flush();
    for (const word of this.byText.values()) {
      if (word.list.length > word.size * STRIDE) word.list = word.list.slice(0, word.size * STRIDE);
      if (word.positions.length > word.positionCount)
        word.positions = word.positions.slice(0, word.positionCount);
    }
  }

  /** Registers a new toned form of `word` and returns its index. */
  addVariant(word: WordPostings, hash: number, text: string): number {
    word.variants.push(hash);
    word.variantTexts.push(text);
    const index = word.variants.length - 1;
    if (index < LAST_CODE) this.rememberSpelling(word.id, hash, codeOfVariant(index));
    return index;
  }

  /**
   * The spelling code of the toned form with hash `hash` of word `id`, or -1
   * when the word has not been seen in it. Toned forms past the 30th all
   * share the last code.
   */
  spellingCode(id: number, hash: number): number {
    const mask = this.spellingSlots.length - 1;
    for (let slot = (hash ^ Math.imul(id, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.spellingSlots[slot]!;
      if (entry === 0) break;
      if (entry === id + 1 && this.spellingHashes[slot] === hash) return this.spellingCodes[slot]!;
    }
    const word = this.byId[id]!;
    return word.variants.length >= LAST_CODE && word.variants.indexOf(hash) >= 0 ? LAST_CODE : -1;
  }

  private rememberSpelling(id: number, hash: number, code: number): void {
    if (++this.spellingsUsed * 2 > this.spellingSlots.length) {
      const old = [this.spellingSlots, this.spellingHashes, this.spellingCodes] as const;
      this.spellingSlots = new Int32Array(old[0].length * 2);
      this.spellingHashes = new Int32Array(old[0].length * 2);
      this.spellingCodes = new Uint8Array(old[0].length * 2);
      for (let slot = 0; slot < old[0].length; slot++)
        if (old[0][slot] !== 0) this.placeSpelling(old[0][slot]! - 1, old[1][slot]!, old[2][slot]!);
    }
    this.placeSpelling(id, hash, code);
  }

  private placeSpelling(id: number, hash: number, code: number): void {
    const mask = this.spellingSlots.length - 1;
    let slot = (hash ^ Math.imul(id, 0x9e3779b1)) & mask;
    while (this.spellingSlots[slot] !== 0) slot = (slot + 1) & mask;
    this.spellingSlots[slot] = id + 1;
    this.spellingHashes[slot] = hash;
    this.spellingCodes[slot] = code;
  }

  /** Takes `texts` (every word, in code-unit order) as the sorted vocabulary. */
  adoptOrder(texts: string[]): void {
    for (let i = 1; i < texts.length; i++) if (!(texts[i - 1]! < texts[i]!)) return;
    if (texts.length === this.byText.size) this.sorted = texts;
  }

  /**
   * The `limit` words starting with `prefix` (the prefix itself excluded)
   * with the most postings, most first, skipping any with more than
   * `budget` postings and stopping once their postings would pass it
   * (flush first for their sizes).
   */
  completions(prefix: string, limit: number, budget: number): WordPostings[] {
    this.sorted ??= [...this.byText.keys()].sort();
    const best: WordPostings[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const text = this.sorted[i]!;
      if (!text.startsWith(prefix)) break;
      if (text === prefix) continue;
      const word = this.byText.get(text)!;
      if (best.length === limit && word.size <= best[limit - 1]!.size) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.size < word.size) at--;
      best.splice(at, 0, word);
      if (best.length > limit) best.pop();
    }
    const out: WordPostings[] = [];
    let left = budget;
    for (const word of best) {
      if (word.size > left) continue;
      left -= word.size;
      out.push(word);
    }
    return out;
  }

  /**
   * Renumbers ordinals after documents were dropped: `remap[old]` is the new
   * ordinal or -1. Postings and positions of dropped documents go; words
   * left without postings are removed.
   */
  compact(remap: Int32Array): void {
    this.flush();
    for (const [text, word] of this.byText) {
      const { list, positions } = word;
      let size = 0;
      let kept = 0;
      for (let i = 0; i < word.size; i++) {
        const from = i * STRIDE;
        const ord = remap[list[from]!]!;
        if (ord < 0) continue;
        const start = list[from + 3]!;
        const end = word.positionsEnd(from);
        const to = size * STRIDE;
        list[to] = ord;
        list[to + 1] = list[from + 1]!;
        list[to + 2] = list[from + 2]!;
        list[to + 3] = kept;
        positions.copyWithin(kept, start, end);
        kept += end - start;
        size++;
      }
      word.size = size;
      word.positionCount = kept;
      word.liveVersion = -1;
      if (size === 0) {
        this.byText.delete(text);
        this.byId[word.id] = null;
      } else {
        word.list = list.slice(0, size * STRIDE);
        word.positions = positions.slice(0, kept);
      }
    }
    this.sorted = null;
    this.rehash();
  }
}

/** `array` with room for `extra` more values after `used`: exact when it at least doubles, else 1.5 times. */
function reserve(array: Uint32Array, used: number, extra: number): Uint32Array {
  const needed = used + extra;
  if (needed <= array.length) return array;
  const out = new Uint32Array(extra >= used ? needed : Math.max(needed, Math.floor(used * 1.5)));
  out.set(array.subarray(0, used));
  return out;
}

function grow(
  array: Uint32Array,
  used: number,
  minimum: number,
  needed = used + 1,
): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(minimum, array.length * 2, needed));
  out.set(array.subarray(0, used));
  return out;
}

function sameWord(text: string, word: Uint16Array, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(i) !== word[i]) return false;
  return true;
}

function lowerBound(sorted: readonly string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < text) low = mid + 1;
    else high = mid;
  }
  return low;
}
