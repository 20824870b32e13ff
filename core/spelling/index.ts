/** Spelling: which words of a text to check, and a checker for Vietnamese with English beside it. */
export { isCheckable, nonProseRanges, spellingTokens, type SpellingToken } from './tokens.js';
export { otherTonePlacement } from './tone.js';
export { rankSuggestions, spellingDistance } from './rank.js';
export { dictionaryWords, SpellingEngine, type Hunspell, type SpellingEngineOptions } from './engine.js';
