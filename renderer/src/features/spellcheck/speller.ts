/**
 * What the editor asks of a spelling checker. Answers for words already
 * checked come at once; the others are checked in the background and
 * `subscribe` listeners hear when their answers arrive, so the editor never
 * waits for a check.
 */
export interface Speller {
  /** True or false when known; undefined while the word is being checked (it is asked for). */
  status(word: string): boolean | undefined;
  /** Asks for the words not known yet; `subscribe` listeners hear when they are. */
  request(words: Iterable<string>): void;
  /** Corrections for a word, best first. */
  suggest(word: string): Promise<string[]>;
  /** Replaces the words taken as correct: the workspace dictionary (any case) and learned names (as written). */
  accept(dictionary: readonly string[], names: readonly string[]): void;
  /** Calls `listener` when answers arrive or what is accepted changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
