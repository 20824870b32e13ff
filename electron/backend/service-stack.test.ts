import { describe, expect, it } from 'vitest';
import { ServiceStack } from './service-stack.js';

describe('ServiceStack', () => {
  it('settles every service, then closes them, last built first', async () => {
    const steps: string[] = [];
    const stack = new ServiceStack();
    for (const name of ['store', 'writer', 'reader']) {
      stack.add(name, {
        idle: async () => void steps.push(`idle ${name}`),
        close: async () => void steps.push(`close ${name}`),
      });
    }
    await stack.close();
    expect(steps).toEqual([
      'idle reader',
      'idle writer',
      'idle store',
      'close reader',
      'close writer',
      'close store',
    ]);
  });

  it('closes the others when one fails, then rethrows the first failure; closing twice closes once', async () => {
    const closed: string[] = [];
    const stack = new ServiceStack();
    stack.add('a', { close: async () => void closed.push('a') });
    stack.add('b', {
      close: async () => {
        throw new Error('b failed');
      },
    });
    stack.add('c', { close: async () => void closed.push('c') });
    await expect(stack.close()).rejects.toThrow('b failed');
    await expect(stack.close()).rejects.toThrow('b failed');
    expect(closed).toEqual(['c', 'a']);
  });

  it('refuses a name twice and a service added while closing', async () => {
    const stack = new ServiceStack();
    stack.add('a', {});
    expect(() => stack.add('a', {})).toThrow('Service a added twice.');
    void stack.close();
    expect(() => stack.add('b', {})).toThrow(/closing/);
    expect(stack.names).toEqual(['a']);
  });
});
