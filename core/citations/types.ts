import type { TextRange } from '../links/types.js';

/** One cited source inside a citation: `xem @key, tr. 12`. */
export interface CitationItem extends TextRange {
  /** The key as written, without `@`. */
  key: string;
  /** Offsets of {@link key} in the text: what a key rename replaces. */
  keyFrom: number;
  keyTo: number;
  /** Text before the key (`xem`), trimmed; empty when none. */
  prefix: string;
  /** Text after the key with its leading comma removed (`tr. 12`), trimmed; empty when none. */
  locator: string;
  /** `-@key`: the author is already named in the sentence. */
  suppressAuthor: boolean;
}

/** One bracketed citation, `[@a; @b, tr. 3]`, with exact offsets of the brackets. */
export interface Citation extends TextRange {
  items: CitationItem[];
}
