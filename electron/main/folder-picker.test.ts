import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type FolderChoice, type ImportOutcome } from '../../core/index.js';
import { openWorkspace, type Workspace } from '../backend/workspace.js';
import { withFolderPicker } from './folder-picker.js';

describe('withFolderPicker', () => {
  let root: string;
  let workspace: Workspace;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rd-picker-'));
    workspace = await openWorkspace({ dir: path.join(root, 'ws'), owner: 'cli' });
  });
  afterEach(async () => {
    await workspace.close();
    await rm(root, { recursive: true, force: true });
  });

  it('is unavailable without the desktop dialog', async () => {
    expect(await dispatch(workspace.handlers, 'import:chooseFolder', {})).toEqual({
      ok: true,
      value: { outcome: 'unavailable' },
    });
  });

  it('reads the chosen folder in the backend, or does nothing when the dialog is cancelled', async () => {
    await writeFile(path.join(root, 'Bài.md'), 'Nội dung');
    let answer: string | null = null;
    const handlers = withFolderPicker(workspace.handlers, async () => answer, workspace.imports);
    expect(await dispatch(handlers, 'import:chooseFolder', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    answer = root;
    const chosen = await dispatch(handlers, 'import:chooseFolder', {});
    const choice = (chosen.ok ? chosen.value : null) as FolderChoice;
    expect(choice).toMatchObject({ outcome: 'started', status: { phase: 'reading' } });
    if (choice.outcome !== 'started') return;
    const done = await dispatch(handlers, 'import:commit', { sessionId: choice.status.sessionId });
    expect((done.ok ? done.value : null) as ImportOutcome).toMatchObject({ imported: 1 });
  });
});
