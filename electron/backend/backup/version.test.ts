import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../core/index.js';

describe('APP_VERSION', () => {
  it('is the version in package.json', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(import.meta.dirname, '../../../package.json'), 'utf8'),
    );
    expect(APP_VERSION).toBe(manifest.version);
  });
});
