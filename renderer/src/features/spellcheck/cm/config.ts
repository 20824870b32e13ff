import { Facet } from '@codemirror/state';
import type { Speller } from '../speller.js';

/** The words of the spelling menu, in the UI language. */
export interface SpellcheckLabels {
  /** Accessible name of the menu. */
  menu: string;
  /** Shown while suggestions are looked for. */
  searching: string;
  noSuggestions: string;
  addToDictionary(word: string): string;
  ignore(word: string): string;
}

/** What the spelling extension needs from the app. */
export interface SpellcheckOptions {
  speller: Speller;
  labels: SpellcheckLabels;
  /** Adds a word to the workspace dictionary (the app then updates what the speller accepts). */
  addToDictionary(word: string): void;
}

/** The spelling options of an editor (the first given wins). */
export const spellcheckConfig = Facet.define<SpellcheckOptions, SpellcheckOptions | null>({
  combine: (values) => values[0] ?? null,
});
