import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TEMPLATES, GUIDE_SOURCE_KEY } from '../../../core/index.js';
import { invoke as call } from '../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { localDay } from '../catalog/templates.js';
import { NAME_MIN_ARTICLES } from './lexicon.js';

let bench: TempWorkspace;
beforeEach(async () => {
  bench = await tempWorkspace('rd-writing-');
});
afterEach(() => bench.cleanUp());

describe('templates', () => {
  it('start with the rebuttal templates in Vietnamese and English', async () => {
    const workspace = await bench.open();
    const templates = await call(workspace, 'templates:list', {});
    expect(templates.map((template) => [template.name, template.language])).toEqual([
      ['Bài phản bác', 'vi'],
      ['Rebuttal', 'en'],
    ]);
    expect(templates[0]!.body).toContain('## 3. Sự thật và bằng chứng');
  });

  it('make an article answering a claim, with the claim, its category and today filled in', async () => {
    const workspace = await bench.open();
    const claim = await call(workspace, 'claims:create', {
      statement: 'Đa nguyên chính trị mới là dân chủ',
      categoryId: 'categorypluralism',
    });
    const article = await call(workspace, 'templates:instantiate', {
      templateId: 'templaterebuttalvi',
      claimId: claim.id,
    });
    expect(article.title).toBe('Sự thật về luận điểm “Đa nguyên chính trị mới là dân chủ”');
    expect(article.claimIds).toEqual([claim.id]);
    expect(article.body).toContain('> **Luận điểm:** [[claim:Đa nguyên chính trị mới là dân chủ]]');
    expect(article.body).toContain('**Nhóm:** Đòi đa nguyên chính trị, đa đảng đối lập');
    const [year, month, day] = localDay().split('-');
    expect(article.body).toContain(`**Ngày soạn:** ${day}/${month}/${year}`);
    expect(article.body).not.toMatch(/\{\{/);
    const links = await call(workspace, 'links:forClaim', { id: claim.id });
    expect(links.map((link) => link.sourceId)).toContain(article.id);
    expect((await call(workspace, 'claims:get', { id: claim.id })).articles.map((a) => a.id)).toEqual([
      article.id,
    ]);
  });

  it('leave variables without a value for the writer to fill in', async () => {
    const workspace = await bench.open();
    const article = await call(workspace, 'templates:instantiate', { templateId: 'templaterebuttalen' });
    expect(article.title).toBe('The facts behind the claim “{{claim}}”');
    expect(article.claimIds).toEqual([]);
    expect(article.body).toContain('**Category:** {{category}}');
  });

  it('are saved, replaced and deleted, and refuse bad input', async () => {
    const workspace = await bench.open();
    const made = await call(workspace, 'templates:save', {
      name: 'Tin ngắn',
      language: 'vi',
      title: '{{title}} ({{date}})',
      body: 'Nội dung về {{ claim }}.',
    });
    const article = await call(workspace, 'templates:instantiate', { templateId: made.id, title: 'Bản tin' });
    expect(article.title).toMatch(/^Bản tin \(\d{2}\/\d{2}\/\d{4}\)$/);
    expect(article.body).toBe('Nội dung về {{ claim }}.');
    await call(workspace, 'templates:save', { ...made, name: 'Tin vắn' });
    expect((await call(workspace, 'templates:list', {})).map((t) => t.name)).toEqual([
      'Bài phản bác',
      'Rebuttal',
      'Tin vắn',
    ]);
    await call(workspace, 'templates:delete', { id: made.id });
    expect(await call(workspace, 'templates:list', {})).toHaveLength(2);
    await expect(call(workspace, 'templates:delete', { id: made.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      call(workspace, 'templates:save', { name: ' ', language: 'vi', title: '', body: '' }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      call(workspace, 'templates:instantiate', { templateId: 'templaterebuttalvi', claimId: 'nosuchclaim0' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('come to a workspace made before templates existed, by migration', async () => {
    const workspace = await bench.open();
    await workspace.close();
    const file = path.join(bench.dir, 'catalog.json');
    const { templates: _t, dictionary: _d, ...older } = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...older, schemaVersion: 1 }));
    const reopened = await bench.open();
    expect(await call(reopened, 'templates:list', {})).toEqual(DEFAULT_TEMPLATES);
    expect((await call(reopened, 'spelling:lexicon', {})).dictionary).toEqual([]);
  });
});

describe('the spelling dictionary and lexicon', () => {
  it('keeps added words once each in any case, in Vietnamese order, and removes them', async () => {
    const workspace = await bench.open();
    await call(workspace, 'spelling:addWord', { word: 'Ăngghen' });
    await call(workspace, 'spelling:addWord', { word: 'Mátxcơva' });
    expect(await call(workspace, 'spelling:addWord', { word: 'ăngghen' })).toEqual(['Ăngghen', 'Mátxcơva']);
    expect(await call(workspace, 'spelling:removeWord', { word: 'MÁTXCƠVA' })).toEqual(['Ăngghen']);
    for (const word of ['', 'hai từ', '[[x]]', 'a'.repeat(61)]) {
      await expect(call(workspace, 'spelling:addWord', { word })).rejects.toMatchObject({
        code: 'invalid_request',
      });
    }
  });

  it('learns Title Case names that recur across articles, not ordinary words that start sentences', async () => {
    const workspace = await bench.open();
    for (let i = 0; i < NAME_MIN_ARTICLES; i++) {
      await call(workspace, 'articles:create', {
        body: `Tác phẩm của Ăngghen số ${i}. Chúng tôi đọc các tác phẩm ấy. Sau đó, sau này, chúng tôi viết về Lênin.`,
      });
    }
    await call(workspace, 'articles:create', { body: 'Chỉ một lần: Brêgiơnép.' });
    await vi.waitFor(async () => expect((await call(workspace, 'spelling:lexicon', {})).complete).toBe(true));
    const lexicon = await call(workspace, 'spelling:lexicon', {});
    expect(lexicon.names.sort()).toEqual(['Lênin', 'Ăngghen'].sort());
    const chung = lexicon.frequencies.find(([word]) => word === 'chúng');
    expect(chung?.[1]).toBeGreaterThanOrEqual(NAME_MIN_ARTICLES);

    const extra = await call(workspace, 'articles:create', { body: 'Thêm một bài về Brêgiơnép.' });
    await call(workspace, 'articles:create', { body: 'Và Brêgiơnép nữa.' });
    expect((await call(workspace, 'spelling:lexicon', {})).names).toContain('Brêgiơnép');
    await call(workspace, 'articles:trash', { id: extra.id });
    expect((await call(workspace, 'spelling:lexicon', {})).names).not.toContain('Brêgiơnép');
  });
});

describe('words written per day', () => {
  it('counts the words the editor’s saves add, and keeps them across a reopen', async () => {
    const workspace = await bench.open();
    const article = await call(workspace, 'articles:create', { title: 'Nháp' });
    await call(workspace, 'articles:save', { id: article.id, body: 'một hai ba bốn năm' });
    await call(workspace, 'articles:save', { id: article.id, body: 'một hai ba' });
    await call(workspace, 'articles:save', { id: article.id, body: 'một hai ba bốn năm sáu bảy' });
    await call(workspace, 'templates:instantiate', { templateId: 'templaterebuttalvi' });
    const today = localDay();
    expect(await call(workspace, 'writing:stats', {})).toEqual({ today, days: [{ day: today, words: 9 }] });
    await workspace.close();
    expect((await call(await bench.open(), 'writing:stats', {})).days).toEqual([{ day: today, words: 9 }]);
  });

  it('starts again from a damaged file, and says so', async () => {
    await (await bench.open()).close();
    await writeFile(path.join(bench.dir, 'activity.json'), '{"schemaVersion":1,"days":{"x":1}}');
    const workspace = await bench.open();
    expect((await call(workspace, 'writing:stats', {})).days).toEqual([]);
    expect(workspace.info().recovery.map((event) => event.file)).toContain('activity.json');
  });
});

describe('the first-run guide', () => {
  it('writes a source, a claim and the guide in the UI language into a new workspace, once', async () => {
    const workspace = await bench.open();
    const { articleId } = await call(workspace, 'workspace:welcome', { language: 'en' });
    const guide = await call(workspace, 'articles:get', { id: articleId! });
    expect(guide.title).toBe('Getting started with Rebuttal Desk');
    expect(guide.claimIds).toHaveLength(1);
    expect(guide.body).toContain(`[@${GUIDE_SOURCE_KEY}, Article 4(2)]`);
    const [source] = await call(workspace, 'sources:list', {});
    expect(source).toMatchObject({ key: GUIDE_SOURCE_KEY, kind: 'document' });
    expect(source!.excerpts[0]!.text).toContain('chịu sự giám sát của Nhân dân');
    const links = await call(workspace, 'links:forArticle', { id: guide.id });
    expect(links).toBeDefined();
    expect(await call(workspace, 'workspace:welcome', { language: 'vi' })).toEqual({ articleId: null });
    expect((await call(workspace, 'settings:get', {})).writing.welcome).toBe('done');
    await call(workspace, 'articles:trash', { id: guide.id });
    await workspace.close();
    expect(await call(await bench.open(), 'workspace:welcome', { language: 'vi' })).toEqual({
      articleId: null,
    });
  });
});
