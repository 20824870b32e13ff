import { HASH_SEED, hashStep } from '../../../core/search/index.js';

/** Uint32 values per posting: document ordinal, packed field counts, variant mask. */
export const STRIDE = 3;

const EMPTY = new Uint32Array(0);

/** A folded word: its postings and the toned forms it was seen in. */
export class Term {
  /** Postings, {@link STRIDE} values each, ordinals ascending. */
  list: Uint32Array = EMPTY;
  /** Number of postings in `list`. */
  size = 0;
  /** Hashes of toned forms; a form's index is its bit in posting masks. */
  readonly variants: number[] = [];
  /** The toned forms themselves, same order as `variants`. */
  readonly variantTexts: string[] = [];

  constructor(
    readonly text: string,
    readonly id: number,
    /** FNV-1a hash of `text`, for the interning table. */
    readonly hash: number,
  ) {}
}

/** The mask bit of variant number `index`; variants past 31 share the last bit. */
export function variantBit(index: number): number {
  return index < 31 ? 1 << index : 0x80000000;
}

/** Packs per-field counts (title, metadata, body) into one Uint32 value. */
export function packCounts(title: number, meta: number, body: number): number {
  return (Math.min(title, 255) | (Math.min(meta, 255) << 8)) + Math.min(body, 65535) * 65536;
}

/** The vocabulary of folded words with their postings lists. */
export class TermIndex {
  readonly byText = new Map<string, Term>();
  /** Terms by id; removed terms leave null. */
  readonly byId: (Term | null)[] = [];
  private sorted: string[] | null = null;
  /** Open-addressing table: slot → term id + 1 (0 = empty). */
  private slots = new Int32Array(1 << 16);
  private used = 0;

  /** The term for a folded word, if any document has it. */
  get(text: string): Term | undefined {
    return this.byText.get(text);
  }

  /**
   * The id of the folded word in `word[0..length)` whose FNV-1a hash is
   * `hash`, creating the term when new. Allocates nothing for known words.
   */
  intern(word: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const term = this.byId[entry - 1]!;
      if (term.hash === hash && sameWord(term.text, word, length)) return term.id;
      slot = (slot + 1) & mask;
    }
    const text = String.fromCharCode(...word.subarray(0, length));
    return this.create(text, hash, slot).id;
  }

  private create(text: string, hash: number, slot: number): Term {
    const term = new Term(text, this.byId.length, hash);
    this.byId.push(term);
    this.byText.set(text, term);
    this.slots[slot] = term.id + 1;
    if (++this.used * 2 > this.slots.length) this.rehash();
    if (this.sorted !== null) this.sorted.splice(lowerBound(this.sorted, text), 0, text);
    return term;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.used = 0;
    for (const term of this.byId) {
      if (term === null) continue;
      let slot = term.hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = term.id + 1;
      this.used++;
    }
  }

  /** Registers a word read back from a serialized index. */
  restore(text: string): Term {
    let hash = HASH_SEED;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    return this.create(text, hash, slot);
  }

  /** Appends a posting; ordinals must arrive in ascending order. */
  append(term: Term, ord: number, counts: number, mask: number): void {
    const at = term.size * STRIDE;
    if (at + STRIDE > term.list.length) {
      const grown = new Uint32Array(Math.max(STRIDE * 4, term.list.length * 2));
      grown.set(term.list.subarray(0, at));
      term.list = grown;
    }
    term.list[at] = ord;
    term.list[at + 1] = counts;
    term.list[at + 2] = mask;
    term.size++;
  }

  /** Registers a new toned form of `term` and returns its index. */
  addVariant(term: Term, hash: number, text: string): number {
    term.variants.push(hash);
    term.variantTexts.push(text);
    return term.variants.length - 1;
  }

  /** Takes `texts` (every word, in code-unit order) as the sorted vocabulary. */
  adoptOrder(texts: string[]): void {
    for (let i = 1; i < texts.length; i++) if (!(texts[i - 1]! < texts[i]!)) return;
    if (texts.length === this.byText.size) this.sorted = texts;
  }

  /** Every word starting with `prefix`, in code-unit order. */
  withPrefix(prefix: string): Term[] {
    this.sorted ??= [...this.byText.keys()].sort();
    const out: Term[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const text = this.sorted[i]!;
      if (!text.startsWith(prefix)) break;
      out.push(this.byText.get(text)!);
    }
    return out;
  }

  /** Trims spare capacity; call after a bulk build. */
  shrink(): void {
    for (const term of this.byText.values())
      if (term.list.length > term.size * STRIDE) term.list = term.list.slice(0, term.size * STRIDE);
  }

  /**
   * Renumbers ordinals after documents were dropped: `remap[old]` is the new
   * ordinal or -1. Words left without postings are removed.
   */
  compact(remap: Int32Array): void {
    for (const [text, term] of this.byText) {
      const list = term.list;
      let kept = 0;
      for (let i = 0; i < term.size * STRIDE; i += STRIDE) {
        const ord = remap[list[i]!]!;
        if (ord < 0) continue;
        list[kept] = ord;
        list[kept + 1] = list[i + 1]!;
        list[kept + 2] = list[i + 2]!;
        kept += STRIDE;
      }
      term.size = kept / STRIDE;
      if (term.size === 0) {
        this.byText.delete(text);
        this.byId[term.id] = null;
      } else term.list = list.slice(0, kept);
    }
    this.sorted = null;
    this.rehash();
  }
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
