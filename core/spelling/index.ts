/** Spelling: which words of a text to check, and a checker for Vietnamese with English beside it. */
export { spellingTokens, type SpellingToken } from './tokens.js';
export { dictionaryWords, SpellingEngine } from './engine.js';
