import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type FolderChoice, type ImportOutcome, type JobStart } from '../../core/index.js';
import { openWorkspace, type Workspace } from '../backend/workspace.js';
import { withExchangeDialogs, type ExchangeDialogs } from './exchange-dialogs.js';

describe('withExchangeDialogs', () => {
  let root: string;
  let workspace: Workspace;
  const asked: string[] = [];
  let answer: string | null = null;
  const dialogs: ExchangeDialogs = {
    saveFile: async (suggested, extension) => {
      asked.push(`save ${suggested} ${extension}`);
      return answer === null ? null : path.join(answer, suggested);
    },
    chooseFolder: async () => {
      asked.push('folder');
      return answer;
    },
    openBundle: async () => answer,
    openForImport: async (kind) => {
      asked.push(`import ${kind}`);
      return answer === null ? null : [answer];
    },
  };
  const value = <T>(envelope: { ok: boolean; value?: unknown }) =>
    envelope.ok ? (envelope.value as T) : null;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rd-dialogs-'));
    workspace = await openWorkspace({ dir: path.join(root, 'ws'), owner: 'cli' });
    asked.length = 0;
    answer = null;
  });
  afterEach(async () => {
    await workspace.close();
    await rm(root, { recursive: true, force: true });
  });

  it('is unavailable without the desktop dialogs', async () => {
    expect(await dispatch(workspace.handlers, 'import:chooseFolder', {})).toEqual({
      ok: true,
      value: { outcome: 'unavailable' },
    });
    expect(await dispatch(workspace.handlers, 'bundles:choose', {})).toEqual({
      ok: true,
      value: { outcome: 'unavailable' },
    });
    const { id } = value<{ id: string }>(
      await dispatch(workspace.handlers, 'articles:create', { title: 'Bài' }),
    )!;
    expect(
      await dispatch(workspace.handlers, 'export:start', { ids: [id], format: 'md', destination: 'ask' }),
    ).toEqual({ ok: true, value: { outcome: 'unavailable' } });
  });

  it('reads the chosen folder or files in the backend, or does nothing when the dialog is cancelled', async () => {
    await writeFile(path.join(root, 'Bài.md'), 'Nội dung');
    const handlers = withExchangeDialogs(workspace.handlers, dialogs, () => workspace);
    expect(await dispatch(handlers, 'import:chooseFolder', { kind: 'files' })).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    answer = path.join(root, 'Bài.md');
    const choice = value<FolderChoice>(await dispatch(handlers, 'import:chooseFolder', { kind: 'files' }))!;
    expect(asked).toEqual(['import files', 'import files']);
    expect(choice).toMatchObject({ outcome: 'started', status: { phase: 'reading' } });
    if (choice.outcome !== 'started') return;
    const done = value<ImportOutcome>(
      await dispatch(handlers, 'import:commit', { sessionId: choice.status.sessionId }),
    );
    expect(done).toMatchObject({ imported: 1 });
  });

  it('saves one article to the file chosen, several to the folder chosen', async () => {
    const handlers = withExchangeDialogs(workspace.handlers, dialogs, () => workspace);
    const ids: string[] = [];
    for (const title of ['Bài một', 'Bài hai'])
      ids.push(
        value<{ id: string }>(await dispatch(handlers, 'articles:create', { title, body: 'Nội dung' }))!.id,
      );
    expect(
      await dispatch(handlers, 'export:start', { ids: [ids[0]!], format: 'md', destination: 'ask' }),
    ).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    answer = path.join(root, 'ra');
    const one = value<JobStart>(
      await dispatch(handlers, 'export:start', { ids: [ids[0]!], format: 'md', destination: 'ask' }),
    )!;
    expect(asked).toEqual(['save Bài một.md .md', 'save Bài một.md .md']);
    if (one.outcome !== 'started') throw new Error('not started');
    await workspace.jobs.settled(one.status.jobId);
    expect((await stat(path.join(root, 'ra', 'Bài một.md'))).isFile()).toBe(true);
    const many = value<JobStart>(
      await dispatch(handlers, 'export:start', { ids, format: 'html', destination: 'ask' }),
    )!;
    if (many.outcome !== 'started') throw new Error('not started');
    expect(await workspace.jobs.settled(many.status.jobId)).toMatchObject({ state: 'done' });
    expect((await readdir(path.join(root, 'ra'))).sort()).toEqual([
      'Bài hai.html',
      'Bài một.html',
      'Bài một.md',
    ]);
  });
});
