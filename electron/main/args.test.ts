import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataArg, resolveWorkspaceDir } from './args.js';

describe('dataArg', () => {
  it.each([
    [['/usr/lib/electron', '.', '--data', '/ws'], '/ws'],
    [['electron', 'dist/electron/main.js', '--data=/ws'], '/ws'],
    [['electron', '.', '--no-sandbox', '--data', '/tmp/Bài viết'], '/tmp/Bài viết'],
    [['electron', '.', '--data'], null],
    [['electron', '.', '--data', '--inspect'], null],
    [['electron', '.', '--data='], null],
    [['electron', '.', '--', '--data', '/ws'], null],
    [['electron', '.', '--database', '/ws'], null],
    [['electron', '.'], null],
  ])('%j → %s', (argv, expected) => {
    expect(dataArg(argv)).toBe(expected);
  });
});

describe('resolveWorkspaceDir', () => {
  const userData = '/home/u/.config/Rebuttal Desk';
  it.each([
    [['e', '.', '--data', '/flag'], { REBUTTAL_DESK_DATA: '/env' }, '/flag'],
    [['e', '.'], { REBUTTAL_DESK_DATA: '/env' }, '/env'],
    [['e', '.'], { REBUTTAL_DESK_DATA: '  ' }, path.join(userData, 'workspace')],
    [['e', '.'], {}, path.join(userData, 'workspace')],
  ])('%j with %j → %s', (argv, env, expected) => {
    expect(resolveWorkspaceDir(argv, env, userData, path.join)).toBe(expected);
  });
});
