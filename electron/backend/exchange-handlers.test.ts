import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderChoice, ImportOutcome, JobStart } from '../../core/index.js';
import type { HostCapabilities } from './host.js';
import { invoke } from './testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from './testing/temp-workspace.js';

describe('asking the host where files go and come from', () => {
  let temp: TempWorkspace;
  const asked: string[] = [];
  let answer: string | null = null;
  const host: HostCapabilities = {
    pickFolder: async () => answer,
    pickFiles: async () => {
      asked.push('files');
      return answer === null ? null : [answer];
    },
    saveFile: async (suggested, extension) => {
      asked.push(`save ${suggested} ${extension}`);
      return answer === null ? null : path.join(answer, suggested);
    },
    chooseSaveFolder: async () => {
      asked.push('folder');
      return answer;
    },
    openBundle: async () => answer,
  };

  beforeEach(async () => {
    temp = await tempWorkspace('rd-host-');
    asked.length = 0;
    answer = null;
  });
  afterEach(() => temp.cleanUp());

  it('is unavailable without dialogs: the page downloads and uploads instead', async () => {
    const workspace = await temp.open();
    expect(await invoke(workspace, 'import:chooseFolder', {})).toEqual({ outcome: 'unavailable' });
    expect(await invoke(workspace, 'import:chooseFolder', { kind: 'files' })).toEqual({
      outcome: 'unavailable',
    });
    expect(await invoke(workspace, 'bundles:choose', {})).toEqual({ outcome: 'unavailable' });
    const { id } = await invoke(workspace, 'articles:create', { title: 'Bài' });
    expect(await invoke(workspace, 'export:start', { ids: [id], format: 'md', destination: 'ask' })).toEqual({
      outcome: 'unavailable',
    });
    expect(await invoke(workspace, 'bundles:create', { ids: [id], destination: 'ask' })).toEqual({
      outcome: 'unavailable',
    });
  });

  it('reads the chosen files in the backend, or does nothing when the dialog is cancelled', async () => {
    const workspace = await temp.open({ host });
    await writeFile(path.join(temp.root, 'Bài.md'), 'Nội dung');
    expect(await invoke(workspace, 'import:chooseFolder', { kind: 'files' })).toEqual({
      outcome: 'cancelled',
    });
    answer = path.join(temp.root, 'Bài.md');
    const choice: FolderChoice = await invoke(workspace, 'import:chooseFolder', { kind: 'files' });
    expect(asked).toEqual(['files', 'files']);
    if (choice.outcome !== 'started') throw new Error('not started');
    const done: ImportOutcome = await invoke(workspace, 'import:commit', {
      sessionId: choice.status.sessionId,
    });
    expect(done).toMatchObject({ imported: 1 });
  });

  it('saves one article to the file chosen, several to the folder chosen, a bundle where asked', async () => {
    const workspace = await temp.open({ host });
    const ids: string[] = [];
    for (const title of ['Bài một', 'Bài hai'])
      ids.push((await invoke(workspace, 'articles:create', { title, body: 'Nội dung' })).id);
    expect(
      await invoke(workspace, 'export:start', { ids: [ids[0]!], format: 'md', destination: 'ask' }),
    ).toEqual({ outcome: 'cancelled' });
    answer = path.join(temp.root, 'ra');
    const settled = async (start: JobStart) => {
      if (start.outcome !== 'started') throw new Error(`not started: ${start.outcome}`);
      return workspace.services.jobs.settled(start.status.jobId);
    };
    await settled(
      await invoke(workspace, 'export:start', { ids: [ids[0]!], format: 'md', destination: 'ask' }),
    );
    expect(asked).toEqual(['save Bài một.md .md', 'save Bài một.md .md']);
    expect((await stat(path.join(temp.root, 'ra', 'Bài một.md'))).isFile()).toBe(true);
    expect(
      await settled(await invoke(workspace, 'export:start', { ids, format: 'html', destination: 'ask' })),
    ).toMatchObject({ state: 'done' });
    const bundle = await settled(await invoke(workspace, 'bundles:create', { ids, destination: 'ask' }));
    expect(bundle.result?.bundle).toMatchObject({ articles: 2 });
    expect((await readdir(path.join(temp.root, 'ra'))).sort()).toEqual([
      'Bài hai.html',
      'Bài một.html',
      'Bài một.md',
      expect.stringMatching(/^Gói bài \d{4}-\d{2}-\d{2}\.rdbundle$/),
    ]);
    answer = bundle.result!.writtenTo;
    const opened = await invoke(workspace, 'bundles:choose', {});
    expect(opened).toMatchObject({ outcome: 'opened', preview: { summary: { identical: 2 } } });
  });
});
