import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { spellingTokens, type SpellingLexicon } from '../../../core/index.js';
import type { ArticlesService } from '../articles.js';
import type { ArticleChange, ChangeFeed } from '../change-feed.js';

/** Articles a Title Case word must appear in to be taken as a name. */
export const NAME_MIN_ARTICLES = 3;
/** Names answered at most (the most widespread first). */
const NAMES_KEPT = 5_000;
/** Words whose frequencies are answered at most. */
const FREQUENCIES_KEPT = 8_000;
/** Articles read between two yields to the event loop while the lexicon is built. */
const BATCH = 25;

const isTitleCase = (word: string) => /^\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+$/u.test(word);

/**
 * What the workspace's own text says about its vocabulary: words in Title
 * Case that recur across articles (names the spelling dictionary lacks:
 * Lênin, Ăngghen…) and how common each word is (to order suggestions).
 * Built from the active articles in the background the first time it is
 * asked for, then kept current one article at a time through the change feed.
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private counts = new Uint32Array(1024);
  private readonly docs = new Map<string, Uint32Array>();
  private building: Promise<void> | null = null;
  private built = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly articles: ArticlesService,
    feed: ChangeFeed,
  ) {
    this.unsubscribe = feed.subscribe((change) => this.onChange(change));
  }

  /** What is known now; the first call starts reading the articles. */
  snapshot(): Omit<SpellingLexicon, 'dictionary'> {
    this.building ??= this.build().catch(() => undefined);
    const byLower = new Map<string, number>();
    const names: Array<[string, number]> = [];
    for (let id = 0; id < this.words.length; id++) {
      const count = this.counts[id]!;
      if (count === 0) continue;
      const word = this.words[id]!;
      const lower = word.toLowerCase();
      byLower.set(lower, (byLower.get(lower) ?? 0) + count);
      if (count >= NAME_MIN_ARTICLES && isTitleCase(word)) names.push([word, count]);
    }
    // A word mostly written in lower case is an ordinary word that starts sentences, not a name.
    const kept = names
      .filter(([word, count]) => (this.countOf(word.toLowerCase()) ?? 0) * 2 < count)
      .sort((a, b) => b[1] - a[1])
      .slice(0, NAMES_KEPT)
      .map(([word]) => word);
    const frequencies = [...byLower].sort((a, b) => b[1] - a[1]).slice(0, FREQUENCIES_KEPT);
    return { names: kept, frequencies, complete: this.built };
  }

  /** Stops following the change feed. */
  async close(): Promise<void> {
    this.unsubscribe();
  }

  private countOf(word: string): number | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.counts[id];
  }

  private async build(): Promise<void> {
    const ids = this.articles
      .snapshot()
      .filter((entry) => entry.meta.deletedAt === null)
      .map((entry) => entry.meta.id);
    for (let at = 0; at < ids.length; at += BATCH) {
      for (const id of ids.slice(at, at + BATCH)) {
        if (this.docs.has(id)) continue;
        try {
          const article = await this.articles.get(id);
          if (article.deletedAt === null && !this.docs.has(id)) this.set(id, article.body);
        } catch {
          // An article that cannot be read now adds nothing; the change feed brings it when it is saved.
        }
      }
      await yieldToLoop();
    }
    this.built = true;
  }

  private onChange(change: ArticleChange): void {
    if (change.after === null || change.after.deletedAt !== null) this.remove(change.id);
    else this.set(change.id, change.after.body);
  }

  private set(id: string, body: string): void {
    this.remove(id);
    const seen = new Set<number>();
    for (const { word } of spellingTokens(body)) seen.add(this.idOf(word));
    const terms = Uint32Array.from(seen);
    for (const term of terms) this.counts[term]! += 1;
    this.docs.set(id, terms);
  }

  private remove(id: string): void {
    const terms = this.docs.get(id);
    if (terms === undefined) return;
    for (const term of terms) this.counts[term]! -= 1;
    this.docs.delete(id);
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      if (id >= this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }
}
