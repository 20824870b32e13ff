import type { LinkContext, WikiLink } from '../../../core/index.js';

/** An article's links with the sentence around each (null for links into the same page). */
export interface LinkDetail {
  links: WikiLink[];
  contexts: (LinkContext | null)[];
}

/** Why a cache file could not be used. */
export class LinkCacheError extends Error {
  override name = 'LinkCacheError';
}

type ContextRow = [text: number, from: number, to: number, clipped: number] | null;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** An article's links and their sentences as stored in the cache (equal sentences stored once). */
export function encodeDetail({ links, contexts }: LinkDetail): Uint8Array {
  const texts: string[] = [];
  const numbers = new Map<string, number>();
  const rows = contexts.map((context): ContextRow => {
    if (context === null) return null;
    let text = numbers.get(context.text);
    if (text === undefined) numbers.set(context.text, (text = texts.push(context.text) - 1));
    return [
      text,
      context.mark.from,
      context.mark.to,
      (context.clippedStart ? 1 : 0) | (context.clippedEnd ? 2 : 0),
    ];
  });
  return new TextEncoder().encode(JSON.stringify([links, texts, rows]));
}

/** Reads what {@link encodeDetail} wrote; throws LinkCacheError when it does not hold links. */
export function decodeDetail(bytes: Uint8Array): LinkDetail {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new LinkCacheError('damaged links');
  }
  const [links, texts, rows] = Array.isArray(value) ? value : [];
  if (!Array.isArray(links) || !Array.isArray(texts) || !Array.isArray(rows) || rows.length !== links.length)
    throw new LinkCacheError('damaged links');
  const contexts = rows.map((row: ContextRow): LinkContext | null => {
    if (row === null) return null;
    const text: unknown = texts[row[0]];
    if (typeof text !== 'string') throw new LinkCacheError('damaged links');
    return {
      text,
      mark: { from: row[1], to: row[2] },
      clippedStart: (row[3] & 1) !== 0,
      clippedEnd: (row[3] & 2) !== 0,
    };
  });
  return { links: links as WikiLink[], contexts };
}
