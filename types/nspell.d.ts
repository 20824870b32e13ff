// The part of nspell the app uses, typed without Node's Buffer (the checker also runs in a browser worker).
declare module 'nspell' {
  interface NSpell {
    /** Whether the word is spelled correctly. */
    correct(word: string): boolean;
    /** Correctly spelled words near the given one. */
    suggest(word: string): string[];
  }
  /** A checker for one Hunspell dictionary, given its affix and dictionary files as text. */
  export default function nspell(aff: string, dic: string): NSpell;
}
