import { crc32 } from 'node:zlib';
import type { FileStamp } from '../file-system.js';
import { DERIVATION_TAG } from './derivation-tag.js';
import { LinkCacheError } from './link-detail.js';
import type { TermVector } from './terms.js';

/** File name of the link index cache inside a workspace folder. */
export const LINK_CACHE_FILE = 'links-cache.bin';
/** Format of the cache this build reads and writes; any other is rebuilt, not read. */
const LINK_CACHE_FORMAT = 1;
const MAGIC = 0x4b4c4452; // "RDLK" little-endian
const HEAD_BYTES = 12;

/** One article as the cache keeps it: which version of its file it was derived from, and what was derived. */
export interface CachedArticle {
  id: string;
  rev: number;
  stamp: FileStamp;
  /** Reverse-map keys of its links. */
  keys: string[];
  /** How many links it holds. */
  linkCount: number;
  /** Its links, encoded (`encodeDetail`); decoded when first needed. */
  detail: Uint8Array;
  /** Its words, numbered by the cache's own vocabulary. */
  vector: TermVector;
}

/** What the cache file holds. */
export interface LinkCacheContent {
  /** Folded words; a vector's term `t` is `words[t]`. */
  words: string[];
  articles: CachedArticle[];
}

type ArticleRow = [
  id: string,
  rev: number,
  mtimeMs: number,
  size: number,
  terms: number,
  detail: number,
  keys: string[],
  links: number,
  pairs: number,
];

interface Header {
  tag: string;
  words: string[];
  articles: ArticleRow[];
}

const align = (n: number, to: number) => Math.ceil(n / to) * to;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The cache file's bytes: magic, format, header JSON, link details, term
 * numbers and word-pair filters (Uint32), counts (Uint16), CRC-32.
 */
export function encodeLinkCache(content: LinkCacheContent): Uint8Array {
  const header: Header = {
    tag: DERIVATION_TAG,
    words: content.words,
    articles: content.articles.map(({ id, rev, stamp, vector, detail, keys, linkCount }) => {
      return [
        id,
        rev,
        stamp.mtimeMs,
        stamp.size,
        vector.terms.length,
        detail.length,
        keys,
        linkCount,
        vector.pairs.length,
      ];
    }),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const details = content.articles.reduce((sum, article) => sum + article.detail.length, 0);
  const total = content.articles.reduce((sum, article) => sum + article.vector.terms.length, 0);
  const pairWords = content.articles.reduce((sum, article) => sum + article.vector.pairs.length, 0);
  const termsAt = align(HEAD_BYTES + json.length + details, 4);
  const pairsAt = termsAt + total * 4;
  const countsAt = pairsAt + pairWords * 4;
  const crcAt = align(countsAt + total * 2, 4);
  const out = new Uint8Array(crcAt + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, LINK_CACHE_FORMAT, true);
  view.setUint32(8, json.length, true);
  out.set(json, HEAD_BYTES);
  const terms = new Uint32Array(out.buffer, termsAt, total);
  const pairs = new Uint32Array(out.buffer, pairsAt, pairWords);
  const counts = new Uint16Array(out.buffer, countsAt, total);
  let byte = HEAD_BYTES + json.length;
  let at = 0;
  let pairAt = 0;
  for (const { vector, detail } of content.articles) {
    out.set(detail, byte);
    byte += detail.length;
    terms.set(vector.terms, at);
    counts.set(vector.counts, at);
    at += vector.terms.length;
    pairs.set(vector.pairs, pairAt);
    pairAt += vector.pairs.length;
  }
  view.setUint32(crcAt, crc32(out.subarray(0, crcAt)), true);
  return out;
}

function parseHeader(data: Uint8Array): Header {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < HEAD_BYTES + 4 || view.getUint32(0, true) !== MAGIC)
    throw new LinkCacheError('not a link cache');
  if (view.getUint32(4, true) !== LINK_CACHE_FORMAT) throw new LinkCacheError('another cache format');
  const jsonLength = view.getUint32(8, true);
  if (HEAD_BYTES + jsonLength > data.length - 4) throw new LinkCacheError('truncated');
  const crcAt = data.length - 4;
  if (view.getUint32(crcAt, true) !== crc32(data.subarray(0, crcAt))) throw new LinkCacheError('damaged');
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(data.subarray(HEAD_BYTES, HEAD_BYTES + jsonLength)));
  } catch {
    throw new LinkCacheError('damaged header');
  }
  if (header?.tag !== DERIVATION_TAG) throw new LinkCacheError('derived by another version');
  if (!Array.isArray(header.words) || !Array.isArray(header.articles))
    throw new LinkCacheError('damaged header');
  return header;
}

/** Typed-array view of `length` items at `byteOffset` of `data`, copied when not aligned. */
function viewOf<T extends Uint32Array | Uint16Array>(
  kind: {
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  },
  data: Uint8Array,
  byteOffset: number,
  length: number,
): T {
  const offset = data.byteOffset + byteOffset;
  if (offset % kind.BYTES_PER_ELEMENT === 0) return new kind(data.buffer, offset, length);
  const copy = new kind(length);
  new Uint8Array(copy.buffer).set(data.subarray(byteOffset, byteOffset + length * kind.BYTES_PER_ELEMENT));
  return copy;
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Reads cache bytes written by {@link encodeLinkCache}. Throws LinkCacheError
 * when they are not a cache, truncated, damaged, of another format or derived
 * by a build that parses, normalizes or folds differently. Vectors and
 * details stay views of `data`.
 */
export function decodeLinkCache(data: Uint8Array): LinkCacheContent {
  const header = parseHeader(data);
  let details = 0;
  let total = 0;
  let pairWords = 0;
  for (const row of header.articles) {
    if (
      !Array.isArray(row) ||
      typeof row[0] !== 'string' ||
      !isCount(row[4]) ||
      !isCount(row[5]) ||
      !Array.isArray(row[6]) ||
      !isCount(row[7]) ||
      !isCount(row[8])
    )
      throw new LinkCacheError('damaged header');
    total += row[4];
    details += row[5];
    pairWords += row[8];
  }
  let byte = HEAD_BYTES + new DataView(data.buffer, data.byteOffset).getUint32(8, true);
  const termsAt = align(byte + details, 4);
  const pairsAt = termsAt + total * 4;
  const countsAt = pairsAt + pairWords * 4;
  if (align(countsAt + total * 2, 4) + 4 !== data.length) throw new LinkCacheError('truncated');
  const terms = viewOf(Uint32Array, data, termsAt, total);
  const pairs = viewOf(Uint32Array, data, pairsAt, pairWords);
  const counts = viewOf(Uint16Array, data, countsAt, total);
  let at = 0;
  let pairAt = 0;
  const articles = header.articles.map((row): CachedArticle => {
    const [id, rev, mtimeMs, size, length, detailBytes, keys, linkCount, pairLength] = row;
    const vector = {
      terms: terms.subarray(at, at + length),
      counts: counts.subarray(at, at + length),
      pairs: pairs.subarray(pairAt, pairAt + pairLength),
    };
    at += length;
    pairAt += pairLength;
    for (let i = 0; i < length; i++) {
      const term = vector.terms[i]!;
      if (term >= header.words.length || (i > 0 && term <= vector.terms[i - 1]!) || vector.counts[i] === 0)
        throw new LinkCacheError('damaged');
    }
    const detail = data.subarray(byte, byte + detailBytes);
    byte += detailBytes;
    return { id, rev, stamp: { mtimeMs, size }, keys, linkCount, detail, vector };
  });
  return { words: header.words, articles };
}
