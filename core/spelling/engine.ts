import { fold } from '../text/fold.js';
import { commonFrequency } from './common.js';
import { rankSuggestions, spellingDistance } from './rank.js';
import { otherTonePlacement } from './tone.js';

/** What the engine needs of a Hunspell checker (nspell has it). */
interface Hunspell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** The checkers and word list an engine works with. */
export interface SpellingEngineOptions {
  /** The Vietnamese checker. */
  vietnamese: Hunspell;
  /** Every word of the Vietnamese dictionary (see `dictionaryWords`), for suggestions by sound. */
  vietnameseWords: Iterable<string>;
  /** An English checker for words written in plain ASCII letters, or null. */
  english?: Hunspell | null;
  /**
   * Every word of the English dictionary: suggestions then come from the
   * words one edit away instead of Hunspell's own search, which takes
   * seconds for a long or foreign word.
   */
  englishWords?: Iterable<string>;
}

const ASCII_WORD = /^[A-Za-z]+(?:['’][A-Za-z]+)*$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Results remembered before the memory is cleared. */
const CACHE_LIMIT = 100_000;
/** Suggestions offered at most. */
const SUGGESTIONS = 8;

/** Folded spellings one edit away from `key` (a letter dropped, added, changed, or two swapped). */
function neighbours(key: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i);
    const tail = key.slice(i);
    if (tail.length > 0) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      found.add(head + letter + tail);
      if (tail.length > 0) found.add(head + letter + tail.slice(1));
    }
  }
  found.delete(key);
  return found;
}

/**
 * Vietnamese spelling, with the things a plain Hunspell check lacks: both
 * tone-mark placements accepted, English words in a Vietnamese text checked
 * against English, the workspace's own dictionary and learned names, and
 * suggestions ordered for how Vietnamese is mistyped (a missing or wrong
 * diacritic first), then by how often the writer uses them.
 */
export class SpellingEngine {
  private readonly byFold = new Map<string, string[]>();
  private readonly englishByLower: Map<string, string[]> | null;
  private readonly results = new Map<string, boolean>();
  private dictionary = new Set<string>();
  private names = new Set<string>();
  private frequencies = new Map<string, number>();

  constructor(private readonly options: SpellingEngineOptions) {
    for (const word of options.vietnameseWords) {
      const lower = word.normalize('NFC').toLowerCase();
      const key = fold(lower);
      const list = this.byFold.get(key);
      if (list === undefined) this.byFold.set(key, [lower]);
      else if (!list.includes(lower)) list.push(lower);
    }
    this.englishByLower = options.englishWords === undefined ? null : new Map();
    for (const word of options.englishWords ?? []) {
      if (!ASCII_WORD.test(word)) continue;
      const key = word.toLowerCase();
      const list = this.englishByLower!.get(key);
      if (list === undefined) this.englishByLower!.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }

  /** Replaces the workspace's dictionary (any case matches) and its learned names (as written). */
  accept(dictionary: Iterable<string>, names: Iterable<string> = []): void {
    this.dictionary = new Set([...dictionary].map((word) => word.normalize('NFC').toLowerCase()));
    this.names = new Set([...names].map((word) => word.normalize('NFC')));
    this.results.clear();
  }

  /** How often each word (lower case) occurs in the workspace, to order suggestions. */
  useFrequencies(frequencies: ReadonlyMap<string, number>): void {
    this.frequencies = new Map(frequencies);
  }

  /** Whether `word` is spelled correctly. */
  check(word: string): boolean {
    const known = this.results.get(word);
    if (known !== undefined) return known;
    const correct = this.judge(word.normalize('NFC'));
    if (this.results.size >= CACHE_LIMIT) this.results.clear();
    this.results.set(word, correct);
    return correct;
  }

  /** Corrections for `word`, best first, in its case. */
  suggest(word: string): string[] {
    const lower = word.normalize('NFC').toLowerCase();
    const key = fold(lower);
    const candidates = [...(this.byFold.get(key) ?? [])];
    for (const near of neighbours(key)) candidates.push(...(this.byFold.get(near) ?? []));
    // Hunspell's own search is slow (seconds for a foreign name); it runs only when nothing is near, on a
    // word typed with a Vietnamese mark (without one, the folded neighbours above already cover what it
    // would find), and never on a word longer than a Vietnamese syllable can be ("nghiêng" has seven letters).
    if (candidates.length === 0 && !ASCII_WORD.test(word) && [...lower].length <= 7) {
      candidates.push(...this.options.vietnamese.suggest(lower));
    }
    // An English word is suggested only when no Vietnamese syllable is near: "khong" wants "không", not "kong".
    const near = candidates.some((candidate) => spellingDistance(lower, candidate) <= 2);
    if (!near && ASCII_WORD.test(word)) candidates.push(...this.englishSuggestions(word));
    const frequency = (candidate: string) =>
      (this.frequencies.get(candidate) ?? 0) + commonFrequency(candidate);
    const ranked = rankSuggestions(lower, candidates, frequency);
    return ranked.slice(0, SUGGESTIONS).map((suggestion) => restoreCase(word, suggestion));
  }

  /** English words near `word`: one edit away in the word list when there is one, else Hunspell's search. */
  private englishSuggestions(word: string): string[] {
    if (this.englishByLower === null) return this.options.english?.suggest(word) ?? [];
    const key = word.toLowerCase();
    const found: string[] = [];
    for (const near of [key, ...neighbours(key)]) {
      found.push(...(this.englishByLower.get(near) ?? []));
    }
    return found;
  }

  private judge(word: string): boolean {
    if (this.names.has(word) || this.dictionary.has(word.toLowerCase())) return true;
    const { vietnamese, english } = this.options;
    if (vietnamese.correct(word)) return true;
    const other = otherTonePlacement(word);
    if (other !== null && vietnamese.correct(other)) return true;
    return english != null && ASCII_WORD.test(word) && english.correct(word);
  }
}

function restoreCase(original: string, suggestion: string): string {
  const first = original.charAt(0);
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return suggestion.toUpperCase();
  }
  return first !== first.toLowerCase()
    ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
    : suggestion;
}

/** The words of a Hunspell `.dic` file: the count line and any flags or morphology dropped. */
export function dictionaryWords(dic: string): string[] {
  const words: string[] = [];
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const word = lines[i]!.split(/[/\t]/)[0]!.trim();
    if (word !== '') words.push(word.normalize('NFC'));
  }
  return words;
}
