/** What `spelling:lexicon` answers: the words the checker takes as correct, and how often words occur. */
export interface SpellingLexicon {
  /** Words writers added to the workspace dictionary, in Vietnamese order. */
  dictionary: string[];
  /** Names in Title Case found in several articles of the workspace: taken as correct as written. */
  names: string[];
  /** The workspace's most frequent words (lower case) with their counts, to order suggestions. */
  frequencies: Array<[string, number]>;
  /** False while the articles are still being read; ask again later for the rest. */
  complete: boolean;
}

/** Words written on one day. */
interface DayWords {
  /** `YYYY-MM-DD`, the local calendar day. */
  day: string;
  words: number;
}

/** What `writing:stats` answers: words written in the editor per day, from the saves. */
export interface WritingStats {
  /** The local calendar day of the answer. */
  today: string;
  /** The last 30 days that have words, oldest first. */
  days: DayWords[];
}

/** What `workspace:welcome` answers. */
export interface WelcomeResult {
  /** The first-run guide article, or null when the workspace had already been welcomed. */
  articleId: string | null;
}
