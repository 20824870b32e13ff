import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectTokenMeta, locateStaticFile } from './static-files.js';

describe('locateStaticFile', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'desk-static-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<html></html>');
    await writeFile(path.join(root, 'assets', 'app.js'), '');
    await writeFile(path.join(base, 'secret.txt'), 'secret');
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('finds a file inside the root', async () => {
    expect(await locateStaticFile(root, 'assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    ['a missing file', 'missing.js'],
    ['a folder', 'assets'],
    ['a link that leaves the root', 'escape.txt'],
  ])('refuses %s', async (_name, relative) => {
    expect(await locateStaticFile(root, relative)).toBeNull();
  });
});

describe('injectTokenMeta', () => {
  it('adds the meta element at the start of the head', () => {
    expect(injectTokenMeta('<html><head lang="vi"><title>x</title></head></html>', 'tok')).toBe(
      '<html><head lang="vi"><meta name="desk-token" content="tok"><title>x</title></head></html>',
    );
  });

  it('does not mistake the header element for the head', () => {
    expect(injectTokenMeta('<head><header></header>', 't')).toBe(
      '<head><meta name="desk-token" content="t"><header></header>',
    );
  });
});
