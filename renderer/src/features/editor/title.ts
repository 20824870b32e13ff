import { MAX_TITLE } from '../../../../core/model/article.js';

/**
 * A title cut to the longest the backend accepts, never inside a character
 * (a surrogate pair stays whole); the same text when it fits.
 */
export function fitTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const high = title.charCodeAt(MAX_TITLE - 1);
  return title.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_TITLE - 1 : MAX_TITLE);
}
