import { SEARCH_KINDS, variantHash, type SearchKind } from '../../../core/search/index.js';
import type { SearchDocument } from './document.js';
import { toRecord, type DocStore } from './doc-store.js';
import {
  CODE_BITS,
  LAST_CODE,
  MAX_POSITION,
  packCounts,
  STRIDE,
  type PostingsIndex,
} from './postings-index.js';
import { VarintReader, VarintWriter } from './varint.js';

/**
 * Format version of serialized indexes; a different version is rebuilt, not
 * read. Version 2 added word positions with their spellings.
 */
export const INDEX_FORMAT = 2;
const MAGIC = 0x49534452; // "RDSI" little-endian

interface Header {
  docs: Omit<SearchDocument, 'body'>[];
  lengths: number[];
  /** First position of the metadata and of the body, two per document. */
  starts: number[];
  bodyBytes: number[];
  /** Per word: its text, postings, positions and toned spellings. */
  words: [text: string, size: number, positions: number, variants: string[]][];
  /** Bytes of the LEB128 postings section. */
  postingBytes: number;
}

/** Why a serialized index could not be read. */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/**
 * Postings as LEB128 numbers, word by word: per posting the gap to the
 * previous ordinal, the number of positions, then each position as its gap
 * to the previous one shifted above its spelling code. Field counts and
 * spelling masks are not stored: they follow from the positions.
 */
function encodePostings(words: PostingsIndex, list: readonly string[]): Uint8Array {
  const out = new VarintWriter();
  for (const text of list) {
    const word = words.get(text)!;
    let previous = -1;
    out.reserve(word.size * 2 + word.positionCount);
    for (let i = 0; i < word.size; i++) {
      const ord = word.list[i * STRIDE]!;
      out.write(ord - previous - 1);
      previous = ord;
      const from = word.list[i * STRIDE + 3]!;
      const to = word.positionsEnd(i * STRIDE);
      out.write(to - from);
      let position = 0;
      for (let p = from; p < to; p++) {
        const entry = word.positions[p]!;
        const at = entry >>> CODE_BITS;
        out.write((((at - position) << CODE_BITS) | (entry & LAST_CODE)) >>> 0);
        position = at;
      }
    }
  }
  return out.result();
}

/** Writes a compacted index: magic, version, header JSON, postings (LEB128), bodies (UTF-8). */
export function writeIndex(store: DocStore, words: PostingsIndex): Uint8Array {
  const encoder = new TextEncoder();
  const live = store.records.filter((record) => record !== null);
  if (live.length !== store.capacity) throw new Error('compact the index before writing it');
  const bodies = live.map((record) =>
    typeof record.body === 'string' ? encoder.encode(record.body) : record.body,
  );
  const list = [...words.byText.keys()].sort();
  const postings = encodePostings(words, list);
  const header: Header = {
    docs: live.map((record) => record.doc),
    lengths: Array.from(store.lengths.subarray(0, live.length * 3)),
    starts: Array.from(store.starts.subarray(0, live.length * 2)),
    bodyBytes: bodies.map((body) => body.length),
    words: list.map((text) => {
      const word = words.get(text)!;
      return [text, word.size, word.positionCount, word.variantTexts];
    }),
    postingBytes: postings.length,
  };
  const json = encoder.encode(JSON.stringify(header));
  const bodyTotal = bodies.reduce((sum, body) => sum + body.length, 0);
  const out = new Uint8Array(12 + json.length + postings.length + bodyTotal);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_FORMAT, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(postings, 12 + json.length);
  let byte = 12 + json.length + postings.length;
  for (const body of bodies) {
    out.set(body, byte);
    byte += body.length;
  }
  return out;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown) => value === undefined || (Array.isArray(value) && value.every(isString));
const isOptionalString = (value: unknown) => value === undefined || isString(value);

/** Whether a stored document has the fields and types every later reader relies on. */
function isStoredDocument(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  return (
    isString(doc.id) &&
    SEARCH_KINDS.includes(doc.kind as SearchKind) &&
    isString(doc.title) &&
    isString(doc.updatedAt) &&
    isStrings(doc.tags) &&
    isStrings(doc.claims) &&
    isStrings(doc.claimIds) &&
    isStrings(doc.sourceKeys) &&
    isOptionalString(doc.outlet) &&
    isOptionalString(doc.category) &&
    isOptionalString(doc.status)
  );
}

function parseHeader(data: Uint8Array): { header: Header; postingsAt: number } {
  if (data.length < 12) throw new IndexFormatError('index file is too short');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new IndexFormatError('not a search index');
  if (view.getUint32(4, true) !== INDEX_FORMAT) throw new IndexFormatError('index format version differs');
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > data.length) throw new IndexFormatError('index file is truncated');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(12, 12 + jsonLength)));
  } catch {
    throw new IndexFormatError('index header is damaged');
  }
  const ok =
    Array.isArray(header?.docs) &&
    Array.isArray(header.words) &&
    Array.isArray(header.bodyBytes) &&
    header.lengths?.length === header.docs.length * 3 &&
    header.starts?.length === header.docs.length * 2 &&
    header.bodyBytes.length === header.docs.length &&
    isCount(header.postingBytes) &&
    header.docs.every(isStoredDocument) &&
    header.lengths.every(isCount) &&
    header.starts.every(isCount) &&
    header.bodyBytes.every(isCount) &&
    header.words.every(
      (word) =>
        Array.isArray(word) &&
        typeof word[0] === 'string' &&
        isCount(word[1]) &&
        isCount(word[2]) &&
        Array.isArray(word[3]) &&
        word[3].every((variant) => typeof variant === 'string'),
    );
  if (!ok) throw new IndexFormatError('index header is damaged');
  return { header, postingsAt: 12 + jsonLength };
}

const damaged = () => new IndexFormatError('index postings are damaged');

/**
 * Decodes the postings of every word into one shared array and their
 * positions into another, word after word, checking each number as it goes.
 */
function decodePostings(header: Header, data: Uint8Array, postingsAt: number, store: DocStore) {
  const docCount = header.docs.length;
  const totalPostings = header.words.reduce((sum, word) => sum + word[1], 0);
  const totalPositions = header.words.reduce((sum, word) => sum + word[2], 0);
  // Every posting takes at least two bytes and every position one: larger totals are damage, not memory to allocate.
  if (totalPostings * 2 + totalPositions > header.postingBytes) throw damaged();
  const lists = new Uint32Array(totalPostings * STRIDE);
  const positions = new Uint32Array(totalPositions);
  const reader = new VarintReader(data, postingsAt, postingsAt + header.postingBytes);
  const starts = store.starts;
  let at = 0;
  let p = 0;
  for (const [, size, count, variants] of header.words) {
    const lastCode = Math.min(variants.length, LAST_CODE);
    const wordStart = p;
    let ord = -1;
    for (let i = 0; i < size; i++) {
      const gap = reader.next();
      const n = reader.next();
      ord += gap + 1;
      if (gap < 0 || n < 1 || ord >= docCount || p - wordStart + n > count) throw damaged();
      const metaStart = starts[ord * 2]!;
      const bodyStart = starts[ord * 2 + 1]!;
      let title = 0;
      let meta = 0;
      let body = 0;
      let mask = 0;
      let position = 0;
      lists[at] = ord;
      lists[at + 3] = p - wordStart;
      for (let k = 0; k < n; k++) {
        const value = reader.next();
        if (value < 0) throw damaged();
        const code = value & LAST_CODE;
        position += value >>> CODE_BITS;
        if (code > lastCode || position > MAX_POSITION) throw damaged();
        positions[p++] = ((position << CODE_BITS) | code) >>> 0;
        mask |= 1 << code;
        if (position < metaStart) title++;
        else if (position < bodyStart) meta++;
        else body++;
      }
      lists[at + 1] = packCounts(title, meta, body);
      lists[at + 2] = mask >>> 0;
      at += STRIDE;
    }
    if (p - wordStart !== count) throw damaged();
  }
  if (reader.at !== reader.end) throw damaged();
  return { lists, positions };
}

/**
 * Reads an index written by {@link writeIndex} into empty structures; throws
 * IndexFormatError on damage. Bodies stay views of `data` until a hit needs them.
 */
export function readIndex(data: Uint8Array, store: DocStore, words: PostingsIndex): void {
  const { header, postingsAt } = parseHeader(data);
  const bodiesAt = postingsAt + header.postingBytes;
  const bodyTotal = header.bodyBytes.reduce((sum, n) => sum + n, 0);
  if (bodiesAt + bodyTotal !== data.length) throw new IndexFormatError('index file is truncated');
  let byte = bodiesAt;
  header.docs.forEach((doc, ord) => {
    const body = data.subarray(byte, byte + header.bodyBytes[ord]!);
    byte += body.length;
    const lengths = header.lengths.slice(ord * 3, ord * 3 + 3) as [number, number, number];
    store.add(toRecord(doc, body), lengths, [header.starts[ord * 2]!, header.starts[ord * 2 + 1]!]);
  });
  const { lists, positions } = decodePostings(header, data, postingsAt, store);
  let at = 0;
  let p = 0;
  for (const [text, size, count, variants] of header.words) {
    const word = words.restore(text);
    word.list = lists.subarray(at, at + size * STRIDE);
    word.size = size;
    word.positions = positions.subarray(p, p + count);
    word.positionCount = count;
    for (const variant of variants) words.addVariant(word, variantHash(variant), variant);
    at += size * STRIDE;
    p += count;
  }
  words.adoptOrder(header.words.map(([text]) => text));
}
