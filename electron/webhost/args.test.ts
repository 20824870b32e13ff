import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from './args.js';

describe('parseWebHostArgs', () => {
  it.each<[string[], Record<string, string>, ReturnType<typeof parseWebHostArgs>]>([
    [['--data', '/tmp/ws'], {}, { kind: 'run', dataDir: '/tmp/ws', port: 0 }],
    [['--data=/tmp/ws', '--port', '8123'], {}, { kind: 'run', dataDir: '/tmp/ws', port: 8123 }],
    [[], { REBUTTAL_DESK_DATA: '/env/ws' }, { kind: 'run', dataDir: '/env/ws', port: 0 }],
    [['--data', '/flag'], { REBUTTAL_DESK_DATA: '/env/ws' }, { kind: 'run', dataDir: '/flag', port: 0 }],
    [['--help'], {}, { kind: 'help' }],
    [['-h', '--bogus'], {}, { kind: 'usage-error', message: expect.stringContaining('--bogus') }],
  ])('%j with %j', (argv, env, expected) => {
    expect(parseWebHostArgs(argv, env)).toEqual(expected);
  });

  it.each([
    [[], 'REBUTTAL_DESK_DATA'],
    [['--data', '  '], 'REBUTTAL_DESK_DATA'],
    [['--data', '/ws', '--port', 'abc'], '--port'],
    [['--data', '/ws', '--port', '70000'], '--port'],
    [['--data', '/ws', '--port', '-1'], '--port'],
    [['--data', '/ws', 'extra'], 'extra'],
    [['--data'], '--data'],
  ])('refuses %j', (argv, mention) => {
    const result = parseWebHostArgs(argv, {});
    expect(result.kind).toBe('usage-error');
    expect(result.kind === 'usage-error' && result.message).toContain(mention);
  });
});
