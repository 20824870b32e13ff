import { variantHash } from '../../../core/search/index.js';
import type { SearchDocument } from './document.js';
import { toRecord, type DocStore } from './doc-store.js';
import { STRIDE, type TermIndex } from './term-index.js';

/** Format version of serialized indexes; a different version is rebuilt, not read. */
const INDEX_FORMAT = 1;
const MAGIC = 0x49534452; // "RDSI" little-endian

interface Header {
  docs: Omit<SearchDocument, 'body'>[];
  lengths: number[];
  bodyBytes: number[];
  terms: [text: string, size: number, variants: string[]][];
}

/** Why a serialized index could not be read. */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

const align4 = (n: number) => (n + 3) & ~3;

/** Writes a compacted index: magic, version, header JSON, postings (Uint32 LE), bodies (UTF-8). */
export function writeIndex(store: DocStore, terms: TermIndex): Uint8Array {
  const encoder = new TextEncoder();
  const live = store.records.filter((record) => record !== null);
  if (live.length !== store.capacity) throw new Error('compact the index before writing it');
  const bodies = live.map((record) =>
    typeof record.body === 'string' ? encoder.encode(record.body) : record.body,
  );
  const list = [...terms.byText.values()].sort((a, b) => (a.text < b.text ? -1 : 1));
  const header: Header = {
    docs: live.map((record) => record.doc),
    lengths: Array.from(store.lengths.subarray(0, live.length * 3)),
    bodyBytes: bodies.map((body) => body.length),
    terms: list.map((term) => [term.text, term.size, term.variantTexts]),
  };
  const json = encoder.encode(JSON.stringify(header));
  const postings = list.reduce((sum, term) => sum + term.size * STRIDE, 0);
  const bodyTotal = bodies.reduce((sum, body) => sum + body.length, 0);
  const postingsAt = align4(12 + json.length);
  const out = new Uint8Array(postingsAt + postings * 4 + bodyTotal);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_FORMAT, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  const words = new Uint32Array(out.buffer, postingsAt, postings);
  let at = 0;
  for (const term of list) {
    words.set(term.list.subarray(0, term.size * STRIDE), at);
    at += term.size * STRIDE;
  }
  let byte = postingsAt + postings * 4;
  for (const body of bodies) {
    out.set(body, byte);
    byte += body.length;
  }
  return out;
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
    Array.isArray(header.terms) &&
    Array.isArray(header.bodyBytes) &&
    header.lengths?.length === header.docs.length * 3 &&
    header.bodyBytes.length === header.docs.length;
  if (!ok) throw new IndexFormatError('index header is damaged');
  return { header, postingsAt: align4(12 + jsonLength) };
}

/**
 * Reads an index written by {@link writeIndex} into empty structures; throws
 * IndexFormatError on damage. Postings and bodies stay views of `data`.
 */
export function readIndex(data: Uint8Array, store: DocStore, terms: TermIndex): void {
  const { header, postingsAt } = parseHeader(data);
  const total = header.terms.reduce((sum, [, size]) => sum + size * STRIDE, 0);
  const bodiesAt = postingsAt + total * 4;
  const bodyTotal = header.bodyBytes.reduce((sum, n) => sum + n, 0);
  if (bodiesAt + bodyTotal !== data.length) throw new IndexFormatError('index file is truncated');
  const offset = data.byteOffset + postingsAt;
  let words: Uint32Array;
  if (offset % 4 === 0) words = new Uint32Array(data.buffer, offset, total);
  else {
    words = new Uint32Array(total);
    new Uint8Array(words.buffer).set(data.subarray(postingsAt, bodiesAt));
  }
  let byte = bodiesAt;
  header.docs.forEach((doc, ord) => {
    const body = data.subarray(byte, byte + header.bodyBytes[ord]!);
    byte += body.length;
    const lengths = header.lengths.slice(ord * 3, ord * 3 + 3) as [number, number, number];
    store.add(toRecord(doc, body), lengths);
  });
  let at = 0;
  const docCount = header.docs.length;
  for (const [text, size, variants] of header.terms) {
    const term = terms.restore(text);
    term.list = words.subarray(at, at + size * STRIDE);
    term.size = size;
    let last = -1;
    for (let i = 0; i < size * STRIDE; i += STRIDE) {
      const ord = term.list[i]!;
      if (ord <= last || ord >= docCount) throw new IndexFormatError('index postings are damaged');
      last = ord;
    }
    for (const variant of variants) terms.addVariant(term, variantHash(variant), variant);
    at += size * STRIDE;
  }
  terms.adoptOrder(header.terms.map(([text]) => text));
}
