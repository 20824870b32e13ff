import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../core/index.js';
import { invoke } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';

let temp: TempWorkspace;
beforeEach(async () => {
  temp = await tempWorkspace('rd-host-');
});
afterEach(() => temp.cleanUp());

describe('host capabilities', () => {
  it('without a folder dialog, import:chooseFolder is unavailable', async () => {
    const workspace = await temp.open();
    expect(await invoke(workspace, 'import:chooseFolder', {})).toEqual({ outcome: 'unavailable' });
  });

  it("with one, the backend reads the chosen folder, or does nothing when it's cancelled", async () => {
    await writeFile(path.join(temp.root, 'Bài.md'), 'Nội dung');
    let answer: string | null = null;
    const workspace = await temp.open({ host: { pickFolder: async () => answer } });
    expect(await invoke(workspace, 'import:chooseFolder', {})).toEqual({ outcome: 'cancelled' });
    answer = temp.root;
    const choice = await invoke(workspace, 'import:chooseFolder', {});
    expect(choice).toMatchObject({ outcome: 'started', status: { phase: 'reading' } });
    if (choice.outcome !== 'started') return;
    const done = await invoke(workspace, 'import:commit', { sessionId: choice.status.sessionId });
    expect(done).toMatchObject({ imported: 1 });
  });

  it('the settings observer hears every read and change, never a refused one, and the change is stored', async () => {
    const seen: Language[] = [];
    const workspace = await temp.open({
      owner: 'app',
      host: { observeSettings: (settings) => seen.push(settings.language) },
    });
    expect(await invoke(workspace, 'settings:get', {})).toMatchObject({ language: 'vi' });
    expect(await invoke(workspace, 'settings:set', { language: 'en' })).toMatchObject({ language: 'en' });
    await expect(invoke(workspace, 'settings:set', { language: 'fr' as Language })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    expect(seen).toEqual(['vi', 'en']);
    await workspace.close();
    const again = await temp.open();
    expect(await invoke(again, 'settings:get', {})).toMatchObject({ language: 'en' });
  });
});
