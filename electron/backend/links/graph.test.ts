import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, RequestInput, ResponseOf } from '../../../core/index.js';
import { type Workspace } from '../workspace.js';
import { invoke } from '../testing/invoke.js';

let temp: TempWorkspace;
let workspace: Workspace;

const call = <C extends Channel>(channel: C, request: RequestInput<C>): Promise<ResponseOf<C>> =>
  invoke(workspace, channel, request);

beforeEach(async () => {
  temp = await tempWorkspace('rd-graph-');
  workspace = await temp.open({ owner: 'cli' });
});
afterEach(async () => {
  await workspace.close();
  await temp.cleanUp();
});

describe('the link graph with claims and categories', () => {
  it('labels claims by statement, gives nodes their categories and filters by category', async () => {
    const army = await call('claims:create', {
      statement: 'Quân đội phải phi chính trị hoá',
      categoryId: 'categoryarmy',
    });
    const pluralism = await call('claims:create', {
      statement: 'Cần đa nguyên đa đảng',
      categoryId: 'categorypluralism',
    });
    const a = (await call('articles:create', { title: 'A', body: '[[B]]' })).id;
    const b = (await call('articles:create', { title: 'B', body: '' })).id;
    const c = (await call('articles:create', { title: 'C', body: '[[A]]' })).id;
    await call('articles:update', { id: a, claimIds: [army.id], tags: ['quân đội'] });
    await call('articles:update', { id: c, claimIds: [pluralism.id, army.id], tags: ['bầu cử'] });

    const whole = await call('links:graph', { scope: 'all' });
    const node = (id: string) => whole.nodes.find((candidate) => candidate.id === id);
    expect(node(`claim:${army.id}`)).toMatchObject({
      kind: 'claim',
      label: 'Quân đội phải phi chính trị hoá',
      categoryIds: ['categoryarmy'],
    });
    expect(node(a)?.categoryIds).toEqual(['categoryarmy']);
    expect(node(b)?.categoryIds).toEqual([]);
    expect(new Set(node(c)?.categoryIds)).toEqual(new Set(['categoryarmy', 'categorypluralism']));

    const plural = await call('links:graph', { scope: 'all', category: 'categorypluralism' });
    expect(plural.nodes.map((n) => n.id).sort()).toEqual([c, `claim:${pluralism.id}`, 'tag:bầu cử'].sort());
    expect(plural.edges).toEqual(
      expect.arrayContaining([
        { source: c, target: `claim:${pluralism.id}`, kind: 'answers' },
        { source: c, target: 'tag:bầu cử', kind: 'tagged' },
      ]),
    );
    expect(plural.edges).toHaveLength(2);

    const local = await call('links:graph', { scope: 'local', id: b, depth: 2, category: 'categoryarmy' });
    expect(local.nodes.map((n) => n.id)).toContain(b);
    expect(local.nodes.map((n) => n.id)).toContain(a);
    expect(local.nodes.map((n) => n.id)).not.toContain(`claim:${pluralism.id}`);
  });

  it('refuses a category that is not an id', async () => {
    await expect(call('links:graph', { scope: 'all', category: '../x' })).rejects.toThrow(/invalid_request/);
  });
});
