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
  /** Checks sent before this id were answered with what was accepted before: their answers are dropped. */
  private firstCurrentId = 1;
  private readonly suggestions = new Map<number, (words: string[]) => void>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly port: SpellPort) {
    port.onmessage = (event) => this.receive(event.data);
  }

  status(word: string): boolean | undefined {
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

  accept(dictionary: readonly string[], names: readonly string[]): void {
    this.port.postMessage({ kind: 'accept', dictionary: [...dictionary], names: [...names] });
    // Every answer may change: forget them, and let the editor ask again.
    this.firstCurrentId = this.nextId;
    this.known.clear();
    this.asked.clear();
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
      if (reply.id < this.firstCurrentId) return;
      if (this.known.size + reply.words.length > CACHE_LIMIT) this.known.clear();
      reply.words.forEach((word, index) => {
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
