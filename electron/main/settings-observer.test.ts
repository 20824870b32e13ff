import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/ipc/dispatch.js';
import { openWorkspace, type Workspace } from '../backend/index.js';
import { observeSettings } from './settings-observer.js';

describe('observeSettings', () => {
  let base: string;
  let workspace: Workspace;

  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'desk-observer-'));
    workspace = await openWorkspace({ dir: path.join(base, 'ws'), owner: 'app' });
  });
  afterEach(async () => {
    await workspace.close();
    await rm(base, { recursive: true, force: true });
  });

  it('reports the language on every read and change, and the change is stored', async () => {
    const seen: string[] = [];
    const handlers = observeSettings(workspace.handlers, (settings) => seen.push(settings.language));
    expect(await dispatch(handlers, 'settings:get', {})).toMatchObject({
      ok: true,
      value: { language: 'vi' },
    });
    expect(await dispatch(handlers, 'settings:set', { language: 'en' })).toMatchObject({ ok: true });
    expect(seen).toEqual(['vi', 'en']);
    expect(await workspace.handlers['settings:get']({})).toMatchObject({ language: 'en' });
  });

  it('reports nothing for a refused change', async () => {
    const seen: string[] = [];
    const handlers = observeSettings(workspace.handlers, (settings) => seen.push(settings.language));
    expect(await dispatch(handlers, 'settings:set', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(seen).toEqual([]);
  });

  it('reports the writer’s shortcut overrides too', async () => {
    const seen: Array<Record<string, string | null>> = [];
    const handlers = observeSettings(workspace.handlers, (settings) => seen.push(settings.writing.shortcuts));
    await dispatch(handlers, 'settings:set', { writing: { shortcuts: { 'view.focus': 'Mod-Shift-Enter' } } });
    expect(seen).toEqual([{ 'view.focus': 'Mod-Shift-Enter' }]);
  });

  it('leaves every other channel as it was', async () => {
    const handlers = observeSettings(workspace.handlers, () => undefined);
    expect(handlers['articles:create']).toBe(workspace.handlers['articles:create']);
  });
});
