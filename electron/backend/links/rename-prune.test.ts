import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../file-system.js';
import { RENAMES_DIR } from './rename.js';
import { pruneRenames, RENAME_UNDO_DAYS, RENAME_UNDO_KEPT } from './rename-prune.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 26, 12);

let root: string;
const folder = () => path.join(root, RENAMES_DIR);

async function record(name: string, ageMs: number): Promise<void> {
  const file = path.join(folder(), name);
  await writeFile(file, '{}');
  const at = new Date(NOW - ageMs);
  await utimes(file, at, at);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-rename-prune-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('pruning rename records', () => {
  it(`keeps records younger than ${RENAME_UNDO_DAYS} days, at most the ${RENAME_UNDO_KEPT} newest`, async () => {
    await mkdir(folder());
    for (let i = 0; i < RENAME_UNDO_KEPT + 5; i++)
      await record(`new${String(i).padStart(2, '0')}.json`, i * 60_000);
    await record('old.json', (RENAME_UNDO_DAYS + 1) * DAY);
    await record('recent.json', (RENAME_UNDO_DAYS - 1) * DAY);
    expect(await pruneRenames(nodeFileSystem, root, NOW)).toBe(7);
    const kept = (await readdir(folder())).sort();
    expect(kept).toHaveLength(RENAME_UNDO_KEPT);
    expect(kept).toContain('new00.json');
    expect(kept).toContain(`new${RENAME_UNDO_KEPT - 1}.json`);
    expect(kept).not.toContain(`new${RENAME_UNDO_KEPT}.json`);
    expect(kept).not.toContain('old.json');
    expect(kept).not.toContain('recent.json');
  });

  it('deletes scratch files of writes interrupted long ago, and nothing when all is recent', async () => {
    await mkdir(folder());
    await record('a.json', DAY);
    await record('.a.json.123.abcdef.tmp', 2 * DAY);
    await record('.b.json.123.abcdef.tmp', 60_000);
    expect(await pruneRenames(nodeFileSystem, root, NOW)).toBe(0);
    expect((await readdir(folder())).sort()).toEqual(['.b.json.123.abcdef.tmp', 'a.json']);
  });

  it('does nothing without a renames folder', async () => {
    expect(await pruneRenames(nodeFileSystem, root, NOW)).toBe(0);
  });
});
