import type { Speller } from './speller.js';
import type { SpellReply, SpellRequest } from './worker/protocol.js';

/** Answers remembered on the page before the memory is cleared. */
const CACHE_LIMIT = 200_000;

/** The part of a Worker the speller uses (a test passes its own). */
export interface SpellPort {
  postMessage(message: SpellRequest): void;
  onmessage: ((event: MessageEvent<SpellReply>) => void) | null;
}

/**
 * A {@link Speller} whose checks run in a worker. Words asked for within one
 * task go in one message; answers are kept on the page, so a word is checked
 * once however often it is typed.
 */
export class WorkerSpeller implements Speller {
  private readonly known = new Map<string, boolean>();
  private readonly asked = new Set<string>();
  private batch: string[] = [];
  private nextId = 1;
  /** Words taken as correct on the page too: the dictionary (lower case) and the names (as written). */
  private dictionary = new Set<string>();
  private names = new Set<string>();
  /** Words (lower case) whose acceptance changed, with the first request id answered since: older answers are stale. */
  private readonly changedAt = new Map<string, number>();
  private readonly suggestions = new Map<number, (words: string[]) => void>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly port: SpellPort) {
    port.onmessage = (event) => this.receive(event.data);
  }

  status(word: string): boolean | undefined {
    if (this.names.has(word) || this.dictionary.has(word.toLowerCase())) return true;
    return this.known.get(word);
  }

  request(words: Iterable<string>): void {
    const wasEmpty = this.batch.length === 0;
    for (const word of words) {
      if (this.known.has(word) || this.asked.has(word)) continue;
      this.asked.add(word);
      this.batch.push(word);
    }
    if (wasEmpty && this.batch.length > 0) queueMicrotask(() => this.send());
  }

  suggest(word: string): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.suggestions.set(id, resolve);
      this.port.postMessage({ kind: 'suggest', id, word });
    });
  }

  /**
   * Only the words whose acceptance changed are affected: an added word is
   * correct at once; a removed one is asked again. Every other answer stays,
   * so nothing on screen flickers when the lists are refreshed.
   */
  accept(dictionary: readonly string[], names: readonly string[]): void {
    const nextDictionary = new Set(dictionary.map((word) => word.normalize('NFC').toLowerCase()));
    const nextNames = new Set(names.map((word) => word.normalize('NFC')));
    const changed = new Set<string>();
    for (const word of symmetricDifference(this.dictionary, nextDictionary)) changed.add(word);
    for (const word of symmetricDifference(this.names, nextNames)) changed.add(word.toLowerCase());
    if (changed.size === 0) return;
    this.dictionary = nextDictionary;
    this.names = nextNames;
    this.port.postMessage({ kind: 'accept', dictionary: [...dictionary], names: [...names] });
    for (const word of changed) this.changedAt.set(word, this.nextId);
    for (const word of [...this.known.keys(), ...this.asked]) {
      if (!changed.has(word.toLowerCase())) continue;
      this.known.delete(word);
      this.asked.delete(word);
    }
    this.notify();
  }

  /** Word frequencies of the workspace, to order suggestions. */
  useFrequencies(entries: Array<[string, number]>): void {
    this.port.postMessage({ kind: 'frequencies', entries });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(): void {
    const words = this.batch;
    this.batch = [];
    if (words.length > 0) this.port.postMessage({ kind: 'check', id: this.nextId++, words });
  }

  private receive(reply: SpellReply): void {
    if (reply.kind === 'checked') {
      if (this.known.size + reply.words.length > CACHE_LIMIT) this.known.clear();
      reply.words.forEach((word, index) => {
        const changed = this.changedAt.get(word.toLowerCase());
        // Answered before the word's acceptance changed: not the answer now (it is asked again).
        if (changed !== undefined && reply.id < changed) return;
        this.asked.delete(word);
        this.known.set(word, reply.correct[index] ?? true);
      });
      this.notify();
    } else if (reply.kind === 'suggested') {
      this.suggestions.get(reply.id)?.(reply.suggestions);
      this.suggestions.delete(reply.id);
    } else {
      console.error(`Spelling check failed: ${reply.message}`);
      if (reply.id !== null) {
        this.suggestions.get(reply.id)?.([]);
        this.suggestions.delete(reply.id);
      }
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function* symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): Generator<string> {
  for (const word of a) if (!b.has(word)) yield word;
  for (const word of b) if (!a.has(word)) yield word;
}
