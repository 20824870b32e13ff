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
import { variantBit, type TermIndex } from './term-index.js';

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

/**
 * Counts the words of one document at a time, per field, with the toned
 * variants seen. Words are interned straight from folded code units, so
 * indexing allocates no string per word — only one per new vocabulary entry.
 */
export class DocAnalyzer {
  private word: Uint16Array = new Uint16Array(256);
  private stamp = new Int32Array(1024);
  private generation = 0;
  /** Per term id: counts in title, metadata and body, and the variant mask, for the current document. */
  tf: readonly [Uint32Array, Uint32Array, Uint32Array] = [
    new Uint32Array(1024),
    new Uint32Array(1024),
    new Uint32Array(1024),
  ];
  mask: Uint32Array = new Uint32Array(1024);
  /** Term ids seen in the current document, in order of first sight. */
  touched: number[] = [];

  constructor(private readonly terms: TermIndex) {}

  /** Starts a new document. */
  reset(): void {
    this.generation++;
    this.touched.length = 0;
  }

  /** Counts the words of `text` under `field`; returns how many there were. */
  add(text: string, field: 0 | 1 | 2): number {
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
      if (start < 0) continue;
      if (length > 0) {
        words++;
        this.count(text, field, start, i, length, plain, toned);
      }
      start = -1;
    }
    return words;
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
    const id = this.terms.intern(this.word, length, plain);
    if (id >= this.stamp.length) this.grow(id);
    if (this.stamp[id] !== this.generation) {
      this.stamp[id] = this.generation;
      this.tf[0][id] = 0;
      this.tf[1][id] = 0;
      this.tf[2][id] = 0;
      this.mask[id] = 0;
      this.touched.push(id);
    }
    this.tf[field][id]!++;
    if (toned !== plain) {
      const term = this.terms.byId[id]!;
      let index = term.variants.indexOf(toned);
      if (index < 0) index = this.terms.addVariant(term, toned, tonedText(text, start, end));
      this.mask[id]! |= variantBit(index);
    }
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.tf = [widen(this.tf[0], size), widen(this.tf[1], size), widen(this.tf[2], size)];
    this.mask = widen(this.mask, size);
  }
}

function widen(array: Uint32Array, size: number): Uint32Array {
  const out = new Uint32Array(size);
  out.set(array);
  return out;
}

function growCopy(array: Uint16Array): Uint16Array {
  const out = new Uint16Array(array.length * 2);
  out.set(array);
  return out;
}
