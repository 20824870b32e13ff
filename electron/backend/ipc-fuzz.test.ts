import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANNELS,
  dispatch,
  ERROR_CODES,
  requestSchemas,
  type Channel,
  type Envelope,
} from '../../core/index.js';
import { checkWorkspace } from './check.js';
import { invoke } from './testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';
import { arbitraryOf } from './testing/zod-arbitrary.js';
import type { Workspace } from './workspace.js';

/** Runs per channel of each kind of payload; FUZZ_RUNS raises it for a longer soak. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const MIB = 1024 * 1024;

const deep = (levels: number, leaf: unknown) => {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/**
 * Values no request should carry, each of which once broke, or could break,
 * a backend; by name, so a failure reports the name, not megabytes.
 */
const HOSTILE: Record<string, () => unknown> = {
  'a × 10 MB': () => 'a'.repeat(10 * MIB),
  '/ × 10 MB': () => '/'.repeat(10 * MIB),
  'a. × 5 MB': () => 'a.'.repeat(5 * MIB),
  '#/ × 1 MB': () => ` ${'#/'.repeat(MIB)} `,
  'NUL × 1000': () => '\u0000'.repeat(1000),
  'NUL inside': () => 'ab\u0000cd',
  'lone surrogate': () => '\ud800\udc00\ud800',
  traversal: () => '../../../../etc/passwd',
  'windows traversal': () => '..\\..\\windows\\system32',
  'absolute path': () => '/etc/passwd',
  'id then traversal': () => 'abcdefghij/../..',
  'encoded traversal': () => '%2e%2e%2f%2e%2e%2f',
  __proto__: () => '__proto__',
  constructor: () => 'constructor',
  toString: () => 'toString',
  empty: () => '',
  blank: () => '   ',
  NaN: () => NaN,
  Infinity: () => Infinity,
  '-0': () => -0,
  '1e308': () => 1e308,
  '-1': () => -1,
  '2^53 + 1': () => 2 ** 53 + 1,
  null: () => null,
  true: () => true,
  'empty array': () => [],
  'empty object': () => ({}),
  'prototype keys': () =>
    JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'),
  'nesting × 20,000': () => deep(20_000, 'x'),
  'array × 100,000': () => Array.from({ length: 100_000 }, (_, i) => `t${i}`),
};

/** Where the hostile value goes: the whole payload, an existing field (by index), or a key of its own. */
type Place = 'whole' | number | '__proto__' | 'extra';

/** A payload for a channel: schema-shaped, with one hostile value in one place. */
function hostileCase(channel: Channel) {
  return fc.tuple(
    arbitraryOf(requestSchemas[channel]),
    fc.constantFrom(...Object.keys(HOSTILE)),
    fc.oneof(fc.constantFrom<Place>('whole', '__proto__', 'extra'), fc.nat(8)),
  );
}

function build([payload, name, place]: [unknown, string, Place]): unknown {
  const value = HOSTILE[name]!();
  if (place === 'whole') return value;
  const base: Record<string, unknown> = typeof payload === 'object' && payload !== null ? { ...payload } : {};
  const keys = Object.keys(base);
  const key = typeof place === 'number' ? (keys[place % Math.max(1, keys.length)] ?? 'extra') : place;
  Object.defineProperty(base, key, { value, enumerable: true, configurable: true, writable: true });
  return base;
}

function expectEnvelope(channel: Channel, payload: unknown, envelope: Envelope<unknown>): void {
  const shown = () => {
    try {
      return JSON.stringify(payload)?.slice(0, 300);
    } catch {
      return '(a payload too deep to show)';
    }
  };
  if (envelope.ok) {
    expect(envelope, `${channel} ${shown()}`).toHaveProperty('value');
    return;
  }
  expect(ERROR_CODES, `${channel}: unknown code for ${shown()}`).toContain(envelope.error.code);
  expect(
    envelope.error.code,
    `${channel} answered "internal" (${envelope.error.message}) to ${shown()}`,
  ).not.toBe('internal');
  expect(typeof envelope.error.message).toBe('string');
}

/**
 * Schema-shaped payloads of `channel`. A team server named by a valid
 * request is a closed port of this machine: the fuzzer reaches no network.
 */
function shaped(channel: (typeof CHANNELS)[number]): fc.Arbitrary<unknown> {
  const payloads = arbitraryOf(requestSchemas[channel]);
  if (channel !== 'team:connect') return payloads;
  return payloads.map((payload) =>
    typeof payload === 'object' && payload !== null && 'server' in payload
      ? { ...payload, server: 'http://127.0.0.1:9' }
      : payload,
  );
}

let temp: TempWorkspace;
let workspace: Workspace;
beforeAll(async () => {
  temp = await tempWorkspace('rd-fuzz-');
  workspace = await temp.open({ autoBackup: false });
  // Something to find, link, cite and tag, so handlers get past "not found" now and then.
  const source = await invoke(workspace, 'sources:create', { kind: 'book', title: 'Sách', key: 'sach2020' });
  const claim = await invoke(workspace, 'claims:create', {
    statement: 'Luận điệu',
    categoryId: 'categoryarmy',
  });
  const article = await invoke(workspace, 'articles:create', {
    title: 'Bài',
    body: `[[Khác]] [@${source.key}]`,
  });
  await invoke(workspace, 'articles:update', { id: article.id, tags: ['chủ đề'], claimIds: [claim.id] });
});
afterAll(() => temp.cleanUp());

describe('IPC fuzzing: every channel, schema-shaped and hostile payloads', () => {
  it.each(CHANNELS.map((channel) => [channel]))(
    '%s answers a typed envelope, never a throw or an internal error',
    { timeout: 120_000 },
    async (channel) => {
      const run = async (payload: unknown) => {
        const envelope = await dispatch(workspace.handlers, channel, payload);
        expectEnvelope(channel, payload, envelope);
      };
      await fc.assert(fc.asyncProperty(shaped(channel), run), { numRuns: RUNS });
      await fc.assert(
        fc.asyncProperty(hostileCase(channel), (hostile) => run(build(hostile))),
        { numRuns: RUNS },
      );
    },
  );

  it(
    'left no prototype polluted, the process up, and a workspace that passes check',
    { timeout: 120_000 },
    async () => {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      await workspace.close();
      const report = await checkWorkspace(temp.dir);
      expect(report.issues).toEqual([]);
    },
  );
});
