import { describe, expect, it } from 'vitest';
import { CHANNELS, type Handlers } from '../../../core/index.js';
import { HandlerRegistry } from './registry.js';

const answer = async () => ({}) as never;

function everyChannel(except: readonly string[] = []): Partial<Handlers> {
  return Object.fromEntries(CHANNELS.filter((c) => !except.includes(c)).map((c) => [c, answer]));
}

describe('HandlerRegistry', () => {
  it('refuses a channel registered twice, naming both groups', () => {
    const registry = new HandlerRegistry().add('catalog', { 'claims:update': answer });
    expect(() => registry.add('links', { 'claims:update': answer })).toThrow(
      'Channel claims:update is registered by both catalog and links.',
    );
  });

  it('refuses a table that leaves a channel without a handler', () => {
    const registry = new HandlerRegistry().add('all', everyChannel(['search:status', 'tags:list']));
    expect(() => registry.table()).toThrow('No handler for search:status, tags:list.');
  });

  it('refuses a name that is not a channel of the contract', () => {
    expect(() => new HandlerRegistry().add('x', { 'nope:nothing': answer } as Partial<Handlers>)).toThrow(
      'x registers nope:nothing, which is not a channel of the contract.',
    );
  });

  it('answers a frozen table with every channel and nothing inherited', () => {
    const table = new HandlerRegistry().add('all', everyChannel()).table();
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.getPrototypeOf(table)).toBeNull();
  });
});
