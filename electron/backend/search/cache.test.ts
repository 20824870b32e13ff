import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, loadSearchCache, saveSearchCache, SEARCH_CACHE_FILE, staleEntries } from './cache.js';
import { IndexFormatError } from './codec.js';
import type { SearchDocument } from './document.js';
import { SearchEngine } from './engine.js';

const docs: SearchDocument[] = [
  {
    id: 'a',
    kind: 'article',
    title: 'Đường lối đổi mới',
    body: 'Nội dung về đường lối.',
    tags: ['chủ đề'],
    updatedAt: '2024-01-01T00:00:00.000Z',
  },
  { id: 'b', kind: 'claim', title: 'Dương tính giả', updatedAt: '2024-01-02T00:00:00.000Z' },
  {
    id: 'c',
    kind: 'source',
    title: 'Báo cáo',
    body: 'Trích đoạn 😀 số liệu',
    sourceKeys: ['bc'],
    updatedAt: '2024-01-03T00:00:00.000Z',
  },
];

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rd-search-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('search cache', () => {
  it('round-trips an index: same answers, same fingerprint, no scratch files left', async () => {
    const engine = SearchEngine.build(docs);
    engine.upsert({ ...docs[0]!, body: 'Thay đổi nội dung', updatedAt: '2024-02-01T00:00:00.000Z' });
    await saveSearchCache(
      dir,
      engine,
      fingerprintOf([...engine.versions()].map(([id, updatedAt]) => ({ id, updatedAt }))),
    );
    expect(await readdir(dir)).toEqual([SEARCH_CACHE_FILE]);
    const loaded = await loadSearchCache(dir);
    expect(loaded.engine).not.toBeNull();
    const restored = loaded.engine!;
    for (const query of [
      'duong',
      'đường ',
      'thay doi',
      'noi dung',
      'tag:"chu de"',
      'source:bc',
      'so lieu',
      'bao c',
    ])
      expect(restored.search(query)).toEqual(engine.search(query));
    expect(restored.versions()).toEqual(engine.versions());
  });

  it('keeps working after a restore: updates, removals, a second save', async () => {
    await saveSearchCache(dir, SearchEngine.build(docs), 'one');
    const { engine } = (await loadSearchCache(dir)) as { engine: SearchEngine };
    engine.upsert({ id: 'd', kind: 'article', title: 'Đường mới', updatedAt: '2024-03-01T00:00:00.000Z' });
    engine.remove('a');
    expect(engine.search('duong ').hits.map((hit) => hit.id)).toEqual(['d', 'b']);
    await saveSearchCache(dir, engine, 'two');
    const again = await loadSearchCache(dir);
    expect(again.engine?.search('duong ').hits.map((hit) => hit.id)).toEqual(['d', 'b']);
    expect(again.engine === null ? null : again.fingerprint).toBe('two');
  });

  it('reports a missing cache', async () => {
    expect(await loadSearchCache(dir)).toEqual({ engine: null, reason: 'missing' });
  });

  it.each([
    ['empty', () => Buffer.alloc(0)],
    ['garbage', () => Buffer.from('not a cache at all, just text')],
    ['truncated', (good: Buffer) => good.subarray(0, Math.floor(good.length / 2))],
    ['one byte short', (good: Buffer) => good.subarray(0, good.length - 1)],
    [
      'damaged header',
      (good: Buffer) => Buffer.concat([good.subarray(0, 30), Buffer.from('}}}}'), good.subarray(34)]),
    ],
  ])('reports a %s cache as damaged instead of throwing', async (_name, damage) => {
    await saveSearchCache(dir, SearchEngine.build(docs), 'fp');
    const good = await readFile(path.join(dir, SEARCH_CACHE_FILE));
    await writeFile(path.join(dir, SEARCH_CACHE_FILE), damage(good));
    const loaded = await loadSearchCache(dir);
    expect(loaded.engine).toBeNull();
    expect(loaded).toMatchObject({ reason: 'damaged' });
  });

  it('finds what changed since the cache was written', () => {
    const engine = SearchEngine.build(docs);
    const current = new Map([
      ['a', '2024-01-01T00:00:00.000Z'],
      ['b', '2024-05-05T00:00:00.000Z'],
      ['e', '2024-01-01T00:00:00.000Z'],
    ]);
    expect(staleEntries(engine, current)).toEqual({ changed: ['b', 'e'], removed: ['c'] });
    expect(fingerprintOf(docs)).toBe(fingerprintOf([...docs].reverse()));
    expect(fingerprintOf(docs)).not.toBe(fingerprintOf(docs.slice(1)));
  });

  it('refuses a header whose documents or lengths lost their shape', () => {
    const good = SearchEngine.build(docs).serialize();
    const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
    const jsonLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(good.subarray(12, 12 + jsonLength))) as {
      docs: Record<string, unknown>[];
      lengths: unknown[];
    };
    const rewrite = (change: (copy: typeof header) => void) => {
      const copy = structuredClone(header);
      change(copy);
      const json = new TextEncoder().encode(JSON.stringify(copy));
      const out = new Uint8Array(12 + json.length + good.length - 12 - jsonLength);
      out.set(good.subarray(0, 12));
      new DataView(out.buffer).setUint32(8, json.length, true);
      out.set(json, 12);
      out.set(good.subarray(12 + jsonLength), 12 + json.length);
      return out;
    };
    const damages: ((copy: typeof header) => void)[] = [
      (copy) => delete copy.docs[0]!.title,
      (copy) => (copy.docs[1]!.kind = 'poem'),
      (copy) => (copy.docs[2]!.sourceKeys = 'bc'),
      (copy) => (copy.docs[0]!.tags = [3]),
      (copy) => (copy.docs[0]!.updatedAt = null),
      (copy) => (copy.lengths[0] = 'x'),
    ];
    for (const damage of damages)
      expect(() => SearchEngine.deserialize(rewrite(damage))).toThrow(IndexFormatError);
    expect(SearchEngine.deserialize(rewrite(() => undefined)).search('duong').total).toBe(2);
  });

  it('reads any damaged index as damaged or as an index that answers, never as a crash', () => {
    const good = SearchEngine.build(docs).serialize();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (flips) => {
          const bytes = good.slice();
          for (const [at, value] of flips) bytes[at] = value;
          let engine: SearchEngine;
          try {
            engine = SearchEngine.deserialize(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(IndexFormatError);
            return;
          }
          for (const query of ['duong', '"noi dung"', 'bao c', 'tag:chủ đề'])
            expect(engine.search(query).total).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
