/// <reference lib="webworker" />
import nspell from 'nspell';
import enAff from '@dictionaries/en/index.aff?raw';
import enDic from '@dictionaries/en/index.dic?raw';
import viAff from '@dictionaries/vi/index.aff?raw';
import viDic from '@dictionaries/vi/index.dic?raw';
import { dictionaryWords, SpellingEngine } from '../../../../../core/spelling/index.js';
import type { SpellReply, SpellRequest } from './protocol.js';

/**
 * The spelling worker: both Hunspell dictionaries are bundled with this file
 * (the app fetches nothing). The checkers are built once, before the first
 * answer; requests are answered in the order they came.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const engine: Promise<SpellingEngine> = Promise.resolve().then(
  () =>
    new SpellingEngine({
      vietnamese: nspell(viAff, viDic),
      vietnameseWords: dictionaryWords(viDic),
      english: nspell(enAff, enDic),
      englishWords: dictionaryWords(enDic),
    }),
);

function answer(checker: SpellingEngine, request: SpellRequest): SpellReply | null {
  switch (request.kind) {
    case 'check':
      return {
        kind: 'checked',
        id: request.id,
        words: request.words,
        correct: request.words.map((word) => checker.check(word)),
      };
    case 'suggest':
      return { kind: 'suggested', id: request.id, suggestions: checker.suggest(request.word) };
    case 'accept':
      checker.accept(request.dictionary, request.names);
      return null;
    case 'frequencies':
      checker.useFrequencies(new Map(request.entries));
      return null;
  }
}

let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<SpellRequest>) => {
  queue = queue.then(async () => {
    try {
      const reply = answer(await engine, event.data);
      if (reply !== null) scope.postMessage(reply);
    } catch (error) {
      const id = 'id' in event.data ? event.data.id : null;
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ kind: 'failed', id, message } satisfies SpellReply);
    }
  });
};
