import {
  getFoldTable,
  getLowerTable,
  HASH_SEED,
  hashStep,
  MARK,
  resolveChar,
  SEPARATOR,
  UNKNOWN,
} from '../../../core/search/index.js';
import { codeBit, codeOfVariant, CODE_BITS, MAX_POSITION, type PostingsIndex } from './postings-index.js';

/** The lower-case toned form of the word at `start`–`end` of `text`, without combining marks. */
function tonedText(text: string, start: number, end: number): string {
  const lower = getLowerTable();
  let out = '';
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (lower[unit] === UNKNOWN) resolveChar(unit);
    const code = lower[unit]!;
    if (code !== MARK) out += String.fromCharCode(code);
  }
  return out;
}

const NEWLINE = 0x0a;

/**
 * Reads one document at a time into per-word counts (per field), spelling
 * masks and positions. Words are interned straight from folded code units,
 * so indexing allocates no string per word — only one per new vocabulary
 * entry. Positions run through the title, the metadata and the body with a
 * gap between fields and at every line break, so syllables count as
 * adjacent only when nothing but spaces or punctuation on one line parts them.
 */
export class DocAnalyzer {
  private word: Uint16Array = new Uint16Array(256);
  private stamp = new Int32Array(1024);
  private generation = 0;
  /** Per word id: counts in title, metadata and body, and the spelling mask, for the current document. */
  tf: readonly [Uint32Array, Uint32Array, Uint32Array] = [
    new Uint32Array(1024),
    new Uint32Array(1024),
    new Uint32Array(1024),
  ];
  mask: Uint32Array = new Uint32Array(1024);
  /** Per word id: where its positions start in {@link DocAnalyzer.grouped}, then how many it has. */
  private offset = new Uint32Array(1024);
  private occurrences = new Uint32Array(1024);
  /** Word ids seen in the current document, in order of first sight. */
  touched: number[] = [];
  /** Word id and position entry of every occurrence, in text order. */
  private tokenWords = new Uint32Array(1024);
  private tokenEntries = new Uint32Array(1024);
  private tokens = 0;
  private position = 0;
  /** Position entries grouped by word (see {@link DocAnalyzer.group}). */
  grouped = new Uint32Array(1024);
  /** The first position of the title, metadata and body of the current document. */
  readonly starts: [number, number, number] = [0, 0, 0];

  constructor(private readonly words: PostingsIndex) {}

  /** Starts a new document. */
  reset(): void {
    this.generation++;
    this.touched.length = 0;
    this.tokens = 0;
    this.position = 0;
  }

  /** Counts the words of `text` under `field`; returns how many there were. */
  add(text: string, field: 0 | 1 | 2): number {
    if (this.position > 0) this.position++;
    this.starts[field] = Math.min(this.position, MAX_POSITION);
    const folded = getFoldTable();
    const lower = getLowerTable();
    let length = 0;
    let words = 0;
    let start = -1;
    let toned = HASH_SEED;
    let plain = HASH_SEED;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0x20;
      const mapped = folded[code] === UNKNOWN ? resolveChar(code) : folded[code]!;
      if (mapped !== SEPARATOR) {
        if (start < 0) {
          start = i;
          toned = HASH_SEED;
          plain = HASH_SEED;
          length = 0;
        }
        if (mapped === MARK) continue;
        if (length === this.word.length) this.word = growCopy(this.word);
        this.word[length++] = mapped;
        toned = hashStep(toned, lower[code]!);
        plain = hashStep(plain, mapped);
        continue;
      }
      if (start >= 0 && length > 0) {
        words++;
        this.count(text, field, start, i, length, plain, toned);
      }
      start = -1;
      if (code === NEWLINE && this.position > 0) this.position++;
    }
    return words;
  }

  /** Lays the position entries of the document out word by word, in the order of {@link touched}. */
  group(): void {
    if (this.grouped.length < this.tokens) this.grouped = new Uint32Array(this.tokens * 2);
    let at = 0;
    for (const id of this.touched) {
      this.offset[id] = at;
      at += this.occurrences[id]!;
    }
    for (let t = 0; t < this.tokens; t++) {
      const id = this.tokenWords[t]!;
      this.grouped[this.offset[id]!++] = this.tokenEntries[t]!;
    }
    for (const id of this.touched) this.offset[id]! -= this.occurrences[id]!;
  }

  /** Where the positions of word `id` start in {@link grouped} after {@link group}. */
  spanStart(id: number): number {
    return this.offset[id]!;
  }

  /** How many positions word `id` has in the current document. */
  spanLength(id: number): number {
    return this.occurrences[id]!;
  }

  private count(
    text: string,
    field: 0 | 1 | 2,
    start: number,
    end: number,
    length: number,
    plain: number,
    toned: number,
  ) {
    const id = this.words.intern(this.word, length, plain);
    if (id >= this.stamp.length) this.grow(id);
    if (this.stamp[id] !== this.generation) {
      this.stamp[id] = this.generation;
      this.tf[0][id] = 0;
      this.tf[1][id] = 0;
      this.tf[2][id] = 0;
      this.mask[id] = 0;
      this.occurrences[id] = 0;
      this.touched.push(id);
    }
    this.tf[field][id]!++;
    let code = 0;
    if (toned !== plain) {
      code = this.words.spellingCode(id, toned);
      if (code < 0)
        code = codeOfVariant(this.words.addVariant(this.words.byId[id]!, toned, tonedText(text, start, end)));
    }
    this.mask[id]! |= codeBit(code);
    const position = Math.min(this.position++, MAX_POSITION);
    if (this.tokens === this.tokenWords.length) {
      this.tokenWords = widen(this.tokenWords, this.tokens * 2);
      this.tokenEntries = widen(this.tokenEntries, this.tokens * 2);
    }
    this.tokenWords[this.tokens] = id;
    this.tokenEntries[this.tokens++] = ((position << CODE_BITS) | code) >>> 0;
    this.occurrences[id]!++;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.tf = [widen(this.tf[0], size), widen(this.tf[1], size), widen(this.tf[2], size)];
    this.mask = widen(this.mask, size);
    this.offset = widen(this.offset, size);
    this.occurrences = widen(this.occurrences, size);
  }
}

function widen(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(size);
  out.set(array);
  return out;
}

function growCopy(array: Uint16Array): Uint16Array {
  const out = new Uint16Array(array.length * 2);
  out.set(array);
  return out;
}
