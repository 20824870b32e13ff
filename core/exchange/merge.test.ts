import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideMerge,
  extendAncestry,
  joinAncestry,
  MAX_ANCESTRY,
  outgoingVersion,
  resolveConflict,
  type HeldCopy,
  type VersionInfo,
} from './merge.js';

describe('decideMerge', () => {
  const v = (hash: string, ...ancestry: string[]): VersionInfo => ({ hash, ancestry });
  it.each([
    ['nothing local', null, v('b', 'a'), [], { kind: 'add' }],
    [
      'a copy of what is held already',
      null,
      v('b', 'a'),
      [{ copyId: 'o', version: v('c', 'b') }],
      { kind: 'held', copyId: 'o' },
    ],
    ['the same content', v('a'), v('a', 'x'), [], { kind: 'identical' }],
    ['an older version coming back', v('b', 'a'), v('a'), [], { kind: 'keep' }],
    ['a version made from ours', v('a'), v('b', 'a'), [], { kind: 'take' }],
    ['both changed', v('c', 'a'), v('b', 'a'), [], { kind: 'conflict' }],
    [
      'a conflict already held',
      v('c', 'a'),
      v('b', 'a'),
      [{ copyId: 'k', version: v('b', 'a') }],
      { kind: 'held', copyId: 'k' },
    ],
    [
      'a newer copy, where the original is older',
      v('c', 'a'),
      v('d', 'a', 'b'),
      [{ copyId: 'o', version: v('a'), original: true }],
      { kind: 'conflict' },
    ],
    [
      'a newer one of a held conflict',
      v('c', 'a'),
      v('d', 'a', 'b'),
      [{ copyId: 'k', version: v('b', 'a') }],
      { kind: 'updateCopy', copyId: 'k' },
    ],
  ] as const)('%s', (_, local, incoming, held, expected) => {
    expect(decideMerge(local, incoming, held as readonly HeldCopy[])).toEqual(expected);
  });

  it('never takes an incoming version over a local one that is not its ancestor', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2 }),
        fc.array(fc.string({ maxLength: 2 }), { maxLength: 4 }),
        fc.string({ maxLength: 2 }),
        fc.array(fc.string({ maxLength: 2 }), { maxLength: 4 }),
        (lh, la, rh, ra) => {
          const outcome = decideMerge(v(lh, ...la), v(rh, ...ra));
          if (outcome.kind === 'take') expect(ra).toContain(lh);
        },
      ),
    );
  });
});

describe('ancestry', () => {
  it('joins without repeats, oldest first, and forgets the oldest beyond the limit', () => {
    expect(extendAncestry(['a', 'b'], ['b', 'c'], ['a', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    const long = Array.from({ length: MAX_ANCESTRY + 10 }, (_, i) => `h${i}`);
    const kept = extendAncestry([], long);
    expect(kept).toHaveLength(MAX_ANCESTRY);
    expect(kept[0]).toBe('h10');
    expect(outgoingVersion('z', ['a'])).toEqual({ hash: 'z', ancestry: ['a', 'z'] });
    expect(joinAncestry(null, v2('b', ['a']))).toEqual(['a', 'b']);
    expect(joinAncestry(v2('c', ['a']), v2('b', ['a']))).toEqual(['a', 'c', 'b']);
    expect(resolveConflict(v2('c', ['a']), v2('b', ['a']))).toEqual(['a', 'c', 'b']);
  });
  const v2 = (hash: string, ancestry: string[]): VersionInfo => ({ hash, ancestry });
});

// ——— A model of several offline machines exchanging bundles, run on the rules above. ———

interface Item {
  content: string;
  ancestry: string[];
  /** Set on a conflict copy: the item it is a copy of. */
  copyOf?: string;
}

interface Machine {
  items: Map<string, Item>;
  /** Every text this machine replaced (its revisions). */
  history: string[];
}

interface Bundle {
  items: Array<{ id: string; version: VersionInfo; copyOf?: string }>;
}

/** Hashes are the texts themselves: the rules only compare them. */
const versionOf = (item: Item): VersionInfo => ({ hash: item.content, ancestry: item.ancestry });

function makeBundle(machine: Machine, ids?: readonly string[]): Bundle {
  const items: Bundle['items'] = [];
  for (const [id, item] of machine.items) {
    if (ids !== undefined && !ids.includes(id)) continue;
    const version = outgoingVersion(item.content, item.ancestry);
    item.ancestry = [...version.ancestry];
    items.push({ id, version, ...(item.copyOf === undefined ? {} : { copyOf: item.copyOf }) });
  }
  return { items };
}

let copies = 0;
function applyBundle(machine: Machine, bundle: Bundle): void {
  for (const incoming of bundle.items) {
    const local = machine.items.get(incoming.id) ?? null;
    // The other versions of the item held here: its copies or, for an incoming copy, the item it copies and its copies.
    const family = incoming.copyOf ?? incoming.id;
    const held: HeldCopy[] = [...machine.items]
      .filter(([id, item]) => id !== incoming.id && (item.copyOf === family || id === family))
      .map(([copyId, item]) => ({ copyId, version: versionOf(item), original: copyId === family }));
    const outcome = decideMerge(local === null ? null : versionOf(local), incoming.version, held);
    const theirs = incoming.version;
    switch (outcome.kind) {
      case 'add':
        machine.items.set(incoming.id, {
          content: theirs.hash,
          ancestry: joinAncestry(null, theirs),
          ...(incoming.copyOf === undefined ? {} : { copyOf: incoming.copyOf }),
        });
        break;
      case 'identical':
      case 'keep':
        local!.ancestry = joinAncestry(versionOf(local!), theirs);
        break;
      case 'take':
        machine.history.push(local!.content);
        local!.ancestry = joinAncestry(versionOf(local!), theirs);
        local!.content = theirs.hash;
        break;
      case 'held':
        break;
      case 'updateCopy': {
        const copy = machine.items.get(outcome.copyId)!;
        machine.history.push(copy.content);
        copy.ancestry = joinAncestry(versionOf(copy), theirs);
        copy.content = theirs.hash;
        break;
      }
      case 'conflict':
        machine.items.set(`copy${++copies}`, {
          content: theirs.hash,
          ancestry: joinAncestry(null, theirs),
          copyOf: incoming.id,
        });
        break;
    }
  }
}

/** What a machine holds that a writer can read: live texts and its history. */
const kept = (machine: Machine) =>
  new Set([...[...machine.items.values()].map((i) => i.content), ...machine.history]);
const live = (machine: Machine) => [...machine.items.values()].map((item) => item.content).sort();
const clone = (machine: Machine): Machine => structuredClone(machine);
/**
 * The live texts no other live item was made from. A conflict copy whose
 * text a writer merged on another machine may stay live in one order and not
 * in the other, but it is then superseded: nothing a writer needs differs.
 */
const current = (machine: Machine) =>
  [...unsuperseded(machine)].filter((text) => live(machine).includes(text)).sort();
/** The kept texts (live or history) no live item of other text was made from: what a writer could still need. */
const unsuperseded = (machine: Machine) => {
  const items = [...machine.items.values()];
  const superseded = (text: string) =>
    items.some((item) => item.content !== text && item.ancestry.includes(text));
  return new Set([...kept(machine)].filter((text) => !superseded(text)));
};

type Step =
  | { op: 'edit'; machine: number; id: number; text: string }
  | { op: 'send'; from: number; to: number; ids: number[] | null }
  | { op: 'resolve'; machine: number };

const MACHINES = 3;
const IDS = ['a', 'b'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('edit' as const),
    machine: fc.nat(MACHINES - 1),
    id: fc.nat(IDS.length - 1),
    text: fc.constantFrom('x', 'y', 'z', 'w'),
  }),
  fc.record({
    op: fc.constant('send' as const),
    from: fc.nat(MACHINES - 1),
    to: fc.nat(MACHINES - 1),
    ids: fc.option(fc.uniqueArray(fc.nat(IDS.length - 1), { maxLength: 2 }), { nil: null }),
  }),
  fc.record({ op: fc.constant('resolve' as const), machine: fc.nat(MACHINES - 1) }),
);

let edits = 0;
function run(
  steps: readonly Step[],
  check: (before: Machine, bundle: Bundle, after: Machine) => void,
): Machine[] {
  const machines: Machine[] = Array.from({ length: MACHINES }, () => ({ items: new Map(), history: [] }));
  for (const s of steps) {
    if (s.op === 'edit') {
      const machine = machines[s.machine]!;
      const id = IDS[s.id]!;
      const item = machine.items.get(id);
      // Every text is unique, as every real edit's hash is.
      const content = `${s.text}${++edits}`;
      if (item === undefined) machine.items.set(id, { content, ancestry: [] });
      else {
        machine.history.push(item.content);
        item.content = content;
      }
    } else if (s.op === 'send') {
      if (s.from === s.to) continue;
      const ids = s.ids === null ? undefined : s.ids.map((i) => IDS[i]!);
      const bundle = makeBundle(machines[s.from]!, ids);
      const before = clone(machines[s.to]!);
      applyBundle(machines[s.to]!, bundle);
      check(before, bundle, machines[s.to]!);
    } else {
      // A writer merges the first conflict copy by hand into its original and deletes the copy.
      const machine = machines[s.machine]!;
      const entry = [...machine.items].find(
        ([, item]) => item.copyOf !== undefined && machine.items.has(item.copyOf),
      );
      if (entry === undefined) continue;
      const [copyId, copy] = entry;
      const original = machine.items.get(copy.copyOf!)!;
      machine.history.push(original.content, copy.content);
      original.ancestry = resolveConflict(versionOf(original), versionOf(copy));
      original.content = `m${++edits}`;
      machine.items.delete(copyId);
    }
  }
  return machines;
}

describe('the merge rules across machines (property-based)', () => {
  it('lose no text: what a machine held stays, and an incoming text is kept unless a version made from it is held', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        run(steps, (before, bundle, after) => {
          const now = kept(after);
          for (const text of kept(before)) expect(now).toContain(text);
          for (const { version } of bundle.items) {
            const superseded = [...after.items.values()].some(
              (item) => item.content !== version.hash && item.ancestry.includes(version.hash),
            );
            if (!superseded) expect(now).toContain(version.hash);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('apply a bundle a second time without changing anything', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        run(steps, (_, bundle, after) => {
          const once = clone(after);
          applyBundle(after, bundle);
          expect(after).toEqual(once);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keep the same texts whatever the order bundles from two machines are applied in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.nat(MACHINES - 1), (steps, target) => {
        const machines = run(steps, () => undefined);
        const senders = machines.filter((_, i) => i !== target);
        const [b1, b2] = senders.map((machine) => makeBundle(machine));
        const one = clone(machines[target]!);
        const two = clone(machines[target]!);
        applyBundle(one, b1!);
        applyBundle(one, b2!);
        applyBundle(two, b2!);
        applyBundle(two, b1!);
        expect(current(one)).toEqual(current(two));
        expect(unsuperseded(one)).toEqual(unsuperseded(two));
      }),
      { numRuns: 300 },
    );
  });

  it('give the same state whatever the order bundles from one machine arrive in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.array(step, { maxLength: 10 }), (steps, later) => {
        const machines = run(steps, () => undefined);
        const older = makeBundle(machines[0]!);
        const sender = clone(machines[0]!);
        for (const s of later) {
          if (s.op !== 'edit') continue;
          const item = sender.items.get(IDS[s.id]!);
          const content = `${s.text}${++edits}`;
          if (item === undefined) sender.items.set(IDS[s.id]!, { content, ancestry: [] });
          else item.content = content;
        }
        const newer = makeBundle(sender);
        const one = clone(machines[1]!);
        const two = clone(machines[1]!);
        applyBundle(one, older);
        applyBundle(one, newer);
        applyBundle(two, newer);
        applyBundle(two, older);
        expect(live(one)).toEqual(live(two));
      }),
      { numRuns: 300 },
    );
  });
});
