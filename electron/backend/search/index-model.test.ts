import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/search/index.js';
import { metaText, type SearchDocument } from './document.js';
import { SearchEngine } from './engine.js';

/** Syllables that fold together in several spellings, so tones, adjacency and phrases all matter. */
const SYLLABLES = [
  'tham',
  'thăm',
  'thầm',
  'nhũng',
  'những',
  'nhưng',
  'đường',
  'dương',
  'kính',
  'kinh',
  'Hà',
  'nội',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', ' — '];

const text = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const documentOf = (id: string) =>
  fc
    .record({
      title: text,
      body: text,
      tags: fc.array(fc.constantFrom('chủ đề', 'chủ đề/tham nhũng', 'kinh tế'), { maxLength: 2 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(
      ({ title, body, tags, day }): SearchDocument => ({
        id,
        kind: 'article',
        title,
        body,
        tags,
        updatedAt: new Date(Date.UTC(2024, 0, day)).toISOString(),
      }),
    );

type Operation =
  | { type: 'upsert'; doc: SearchDocument }
  | { type: 'remove'; id: string }
  | { type: 'compact' }
  | { type: 'restart' };

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...ids)
      .chain((id) => documentOf(id))
      .map((doc) => ({ type: 'upsert' as const, doc })),
  },
  { weight: 2, arbitrary: fc.constantFrom(...ids).map((id) => ({ type: 'remove' as const, id })) },
  { weight: 1, arbitrary: fc.constant({ type: 'compact' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
);

const QUERIES = [
  'tham nhung',
  'tham nhũng',
  'thăm những',
  '"tham nhung"',
  '"đường kính"',
  'duong kinh ',
  'kinh',
  'ha noi tham',
  'nhu',
  'tag:chủ đề',
  'tag:kinh tế tham',
  '"nhung tham" -kinh',
  'kính OR dương',
  'in:title tham nhung',
];

/** Folded words of one line of one field, as the naive oracle sees them. */
function lines(doc: SearchDocument): string[][] {
  return [doc.title, metaText(doc), doc.body ?? ''].flatMap((field) =>
    field.split('\n').map((line) => tokenize(line).map((token) => token.term)),
  );
}

/** Documents whose words hold the folded phrase adjacent on one line of one field. */
function holdingPhrase(docs: Iterable<SearchDocument>, phrase: string[]): string[] {
  const out: string[] = [];
  for (const doc of docs) {
    const found = lines(doc).some((words) =>
      words.some((_, i) => phrase.every((word, k) => words[i + k] === word)),
    );
    if (found) out.push(doc.id);
  }
  return out.sort();
}

const answers = (engine: SearchEngine, query: string) =>
  engine
    .search(query, { limit: 500 })
    .hits.map((hit) => `${hit.id}:${hit.score}`)
    .sort();

describe('the index under any sequence of changes', () => {
  it('answers like a fresh build of the same documents, and finds phrases exactly', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), (operations) => {
        let engine = new SearchEngine();
        const model = new Map<string, SearchDocument>();
        for (const step of operations) {
          if (step.type === 'upsert') {
            engine.upsert(step.doc);
            model.set(step.doc.id, step.doc);
          } else if (step.type === 'remove') {
            expect(engine.remove(step.id)).toBe(model.delete(step.id));
          } else if (step.type === 'compact') engine.compact();
          else engine = SearchEngine.deserialize(engine.serialize());
          const fresh = SearchEngine.build(model.values());
          expect(engine.size).toBe(model.size);
          for (const query of QUERIES) expect(answers(engine, query), query).toEqual(answers(fresh, query));
          for (const phrase of [
            ['tham', 'nhung'],
            ['duong', 'kinh'],
            ['nhung', 'tham', 'nhung'],
          ]) {
            const found = engine.search(`"${phrase.join(' ')}"`, { limit: 500 }).hits.map((hit) => hit.id);
            expect(found.sort(), phrase.join(' ')).toEqual(holdingPhrase(model.values(), phrase));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
