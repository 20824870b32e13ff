import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { closeChecked, openDesk } from './desk-session.js';

interface Stored {
  id: string;
  title: string;
  body: string;
}

describe('links to claims', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  const stored = async (id: string): Promise<Stored> =>
    ((await app.invoke('articles:get', { id })).body as { value: Stored }).value;

  it('completes [[claim: without tone marks, opens the claim page from the preview, and a new statement rewrites the link', async () => {
    await app.invoke('claims:create', {
      statement: 'Đa đảng mới là dân chủ',
      categoryId: 'categorypluralism',
    });
    await app.invoke('claims:create', {
      statement: 'Quân đội đứng ngoài chính trị',
      categoryId: 'categoryarmy',
    });
    const created = (await app.invoke('articles:create', { title: 'Phản bác', body: '' })).body as {
      value: Stored;
    };
    const id = created.value.id;
    await app.page.reload();
    await desk.ready();
    await desk.row('Phản bác').click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Phản bác');

    await desk.editor.click();
    await app.page.keyboard.type('Họ nói [[claim:da dang moi');
    const labels = app.page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
    await expect.poll(() => labels.allTextContents()).toEqual(['Đa đảng mới là dân chủ']);
    // CodeMirror ignores Enter for a moment after the list changes, so a hurried key is not taken as a choice.
    await app.page.waitForTimeout(300);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => desk.editorText()).toBe('Họ nói [[claim:Đa đảng mới là dân chủ]]');
    await app.page.keyboard.type(' và [[claim:Chưa ghi]].');
    await expect.poll(() => app.page.locator('.cm-wikilink-broken').textContent()).toBe('[[claim:Chưa ghi]]');
    await desk.waitSaved();

    const link = desk.preview.getByRole('link', { name: 'Đa đảng mới là dân chủ' });
    await expect.poll(() => link.getAttribute('class')).toBe('wikilink');
    await link.click();
    const page = app.page.getByRole('region', { name: 'Đa đảng mới là dân chủ' });
    await expect.poll(() => page.count()).toBe(1);
    const linkedFrom = page.getByRole('list', { name: 'Articles linking to this claim' });
    await expect.poll(() => linkedFrom.getByRole('button', { name: 'Phản bác' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Edit claim' }).click();
    const form = app.page.getByRole('dialog', { name: 'Edit claim' });
    await form.getByRole('textbox', { name: 'Statement' }).fill('Chỉ đa đảng mới có dân chủ');
    await form.getByRole('button', { name: 'Save claim' }).click();
    const notice = app.page.getByRole('status').filter({ hasText: '1 link in 1 article updated' });
    await expect.poll(() => notice.count()).toBe(1);
    const rewritten = 'Họ nói [[claim:Chỉ đa đảng mới có dân chủ]] và [[claim:Chưa ghi]].';
    expect((await stored(id)).body).toBe(rewritten);
    await expect.poll(() => desk.editorText()).toBe(rewritten);
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Chỉ đa đảng mới có dân chủ' }).count())
      .toBe(1);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await stored(id)).body)
      .toBe('Họ nói [[claim:Đa đảng mới là dân chủ]] và [[claim:Chưa ghi]].');
    await expect.poll(() => app.page.getByRole('region', { name: 'Đa đảng mới là dân chủ' }).count()).toBe(1);
  });

  it('Ctrl+click opens a linked claim, and a broken claim link offers to create the claim', async () => {
    const created = await app.invoke('claims:create', {
      statement: 'Nhân quyền bị xem nhẹ',
      categoryId: 'categoryhumanrights',
    });
    const claimId = (created.body as { value: { id: string } }).value.id;
    await app.invoke('articles:create', {
      title: 'Nguồn',
      body: `Xem [[claim:nhân quyền bị xem nhẹ]] và [[claim:Kinh tế thị trường là tư bản]]. Theo mã: [[claim:${claimId}]].`,
    });
    await app.page.reload();
    await desk.ready();
    await desk.row('Nguồn').click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Nguồn');

    // A claim linked by its id reads as its statement in the preview.
    await expect
      .poll(() => desk.preview.getByRole('link', { name: 'Nhân quyền bị xem nhẹ', exact: true }).count())
      .toBe(1);
    const links = app.page.locator('.cm-wikilink');
    await expect.poll(() => links.count()).toBe(3);
    await links.first().click({ modifiers: ['Control'] });
    const claimPage = app.page.getByRole('region', { name: 'Nhân quyền bị xem nhẹ' });
    await expect.poll(() => claimPage.count()).toBe(1);
    await claimPage.getByRole('button', { name: 'Close' }).click();

    const broken = app.page.locator('.cm-wikilink-broken');
    await expect.poll(() => broken.textContent()).toBe('[[claim:Kinh tế thị trường là tư bản]]');
    await broken.click({ modifiers: ['Control'] });
    const question = app.page.getByRole('dialog', { name: 'No claim has this name' });
    await question.getByRole('button', { name: 'Create claim “Kinh tế thị trường là tư bản”' }).click();
    const form = app.page.getByRole('dialog', { name: 'New claim' });
    expect(await form.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(
      'Kinh tế thị trường là tư bản',
    );
    await form.getByRole('combobox', { name: 'Category' }).selectOption({
      label: 'Distorting the goal and path to socialism and the socialist-oriented market economy',
    });
    await form.getByRole('button', { name: 'Save claim' }).click();
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Kinh tế thị trường là tư bản' }).count())
      .toBe(1);
    await expect.poll(() => broken.count()).toBe(0);
  });
});
