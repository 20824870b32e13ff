import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkerSpeller, type SpellPort } from './worker-speller.js';
import type { SpellReply, SpellRequest } from './worker/protocol.js';

const BASE = new Set(['một', 'hai', 'ba']);
const WORDS = ['một', 'hai', 'ba', 'bốn', 'Năm', 'sáu'];

/** A worker stand-in that answers its queued messages in order when told to, judging as the engine would. */
class QueuedWorker implements SpellPort {
  onmessage: ((event: MessageEvent<SpellReply>) => void) | null = null;
  readonly inbox: SpellRequest[] = [];
  dictionary = new Set<string>();
  names = new Set<string>();
  checks = 0;
  postMessage(message: SpellRequest): void {
    this.inbox.push(message);
  }
  judge(word: string): boolean {
    return BASE.has(word) || this.dictionary.has(word.toLowerCase()) || this.names.has(word);
  }
  deliver(): void {
    const message = this.inbox.shift();
    if (message === undefined) return;
    const reply = (data: SpellReply) => this.onmessage?.({ data } as MessageEvent<SpellReply>);
    if (message.kind === 'check') {
      this.checks += message.words.length;
      reply({
        kind: 'checked',
        id: message.id,
        words: message.words,
        correct: message.words.map((w) => this.judge(w)),
      });
    } else if (message.kind === 'suggest') reply({ kind: 'suggested', id: message.id, suggestions: ['một'] });
    else if (message.kind === 'accept') {
      this.dictionary = new Set(message.dictionary.map((word) => word.toLowerCase()));
      this.names = new Set(message.names);
    }
  }
}

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('WorkerSpeller', () => {
  it('sends the words asked for within one task in one message, and never asks twice', async () => {
    const worker = new QueuedWorker();
    const speller = new WorkerSpeller(worker);
    speller.request(['một', 'bốn']);
    speller.request(['bốn', 'hai']);
    expect(speller.status('một')).toBeUndefined();
    await tick();
    expect(worker.inbox).toEqual([{ kind: 'check', id: 1, words: ['một', 'bốn', 'hai'] }]);
    let heard = 0;
    speller.subscribe(() => (heard += 1));
    worker.deliver();
    expect([speller.status('một'), speller.status('bốn'), heard]).toEqual([true, false, 1]);
    speller.request(['một', 'bốn']);
    await tick();
    expect(worker.inbox).toEqual([]);
  });

  it('keeps every answer when the same words are accepted again, and changes only the words that moved', async () => {
    const worker = new QueuedWorker();
    const speller = new WorkerSpeller(worker);
    speller.request(['một', 'bốn', 'sáu']);
    await tick();
    worker.deliver();
    let heard = 0;
    speller.subscribe(() => (heard += 1));
    speller.accept([], []);
    expect([heard, worker.inbox]).toEqual([0, []]);
    speller.accept(['Bốn'], []);
    worker.deliver();
    expect([speller.status('một'), speller.status('bốn'), speller.status('sáu'), heard]).toEqual([
      true,
      true,
      false,
      1,
    ]);
    speller.accept([], []);
    expect(speller.status('bốn')).toBeUndefined();
    expect(speller.status('sáu')).toBe(false);
  });

  it('answers suggestions by request', async () => {
    const worker = new QueuedWorker();
    const speller = new WorkerSpeller(worker);
    const pending = speller.suggest('mọt');
    worker.deliver();
    await expect(pending).resolves.toEqual(['một']);
  });

  it('never keeps an answer given before the accepted words changed (any order of events)', async () => {
    type Step =
      | { kind: 'request'; words: string[] }
      | { kind: 'accept'; dictionary: string[]; names: string[] }
      | { kind: 'deliver' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('request' as const), words: fc.subarray(WORDS) }),
      fc.record({
        kind: fc.constant('accept' as const),
        dictionary: fc.subarray(['bốn', 'năm']),
        names: fc.subarray(['Năm', 'sáu']),
      }),
      fc.record({ kind: fc.constant('deliver' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const worker = new QueuedWorker();
        const speller = new WorkerSpeller(worker);
        let accepted = { dictionary: new Set<string>(), names: new Set<string>() };
        const truth = (word: string) =>
          BASE.has(word) || accepted.dictionary.has(word.toLowerCase()) || accepted.names.has(word);
        const asked = new Set<string>();
        const check = () => {
          for (const word of WORDS) {
            const status = speller.status(word);
            if (status !== undefined) expect([word, status]).toEqual([word, truth(word)]);
          }
        };
        for (const next of steps) {
          if (next.kind === 'request') {
            speller.request(next.words);
            next.words.forEach((word) => asked.add(word));
          } else if (next.kind === 'accept') {
            speller.accept(next.dictionary, next.names);
            accepted = { dictionary: new Set(next.dictionary), names: new Set(next.names) };
            asked.clear();
          } else worker.deliver();
          await tick();
          check();
        }
        // Once the worker has caught up, every word asked for since the last change is known.
        while (worker.inbox.length > 0) {
          worker.deliver();
          await tick();
        }
        for (const word of asked) expect([word, speller.status(word)]).toEqual([word, truth(word)]);
      }),
      { numRuns: 300 },
    );
  });
});
