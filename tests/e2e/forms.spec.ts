import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogPage } from './catalog-page.js';
import type { AppSession } from './harness.js';
import { closeChecked, openDesk } from './desk-session.js';

type Value<T> = { ok: true; value: T };

/** The message a field shows under it, found through its `aria-describedby`. */
async function fieldMessage(field: Locator): Promise<string | null> {
  const id = await field.getAttribute('aria-describedby');
  if (id === null) return null;
  return field.page().locator(`[id="${id}"]`).textContent();
}

/** The browser's own verdict on a control: the message it would show, or '' when valid. */
const validity = (field: Locator) =>
  field.evaluate((element) => (element as HTMLInputElement).validationMessage);

/** Rewrites the payload of the next request on `channel`, as an old or faulty client would send it. */
async function tamper(page: Page, channel: string, change: (payload: Record<string, unknown>) => void) {
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { channel: string; payload: Record<string, unknown> };
    if (body.channel !== channel) return route.continue();
    change(body.payload);
    await route.continue({ postData: JSON.stringify(body) });
  });
}

describe('forms: dates, required fields and messages in the UI language', () => {
  let app: AppSession;
  afterEach(() => closeChecked(app));

  it('a new claim starts without a category and is refused at the field until one is chosen', async () => {
    ({ app } = await openDesk());
    const desk = new CatalogPage(app.page);
    await desk.sidebarButton('Claims').click();
    await desk.view('Claims').getByRole('button', { name: 'New claim' }).click();
    const form = desk.dialog;
    const category = form.getByRole('combobox', { name: 'Category' });
    expect(await category.inputValue()).toBe('');
    await form.getByRole('textbox', { name: 'Statement' }).fill('Kinh tế thị trường là tư bản');
    await form.getByRole('button', { name: 'Save claim' }).click();
    await expect.poll(() => fieldMessage(category)).toBe('Choose “Category”.');
    expect(await validity(category)).toBe('Choose “Category”.');
    expect(await form.count()).toBe(1);
    expect(((await app.invoke('claims:list', {})).body as Value<unknown[]>).value).toEqual([]);

    const firstSeen = form.getByRole('textbox', { name: 'First seen' });
    expect(await firstSeen.getAttribute('placeholder')).toBe('dd/mm/yyyy, mm/yyyy or yyyy');
    await firstSeen.fill('31/02/2024');
    await firstSeen.blur();
    await expect.poll(() => fieldMessage(firstSeen)).toBe('“First seen”: 31/02/2024 is not on the calendar.');
    await category.selectOption({ label: 'Exploiting corruption and cadre degradation' });
    expect(await fieldMessage(category)).toBeNull();
    await form.getByRole('button', { name: 'Save claim' }).click();
    expect(await form.count()).toBe(1);

    await firstSeen.fill('2/9/2024');
    await expect.poll(() => fieldMessage(firstSeen)).toBeNull();
    await form.getByRole('button', { name: 'Add an appearance' }).click();
    const appearance = form.getByRole('group', { name: 'Appearance 1' });
    await appearance.getByRole('textbox', { name: 'Date' }).fill('05/2024');
    await appearance.getByRole('textbox', { name: 'URL' }).fill('trang-web-la');
    await appearance.getByRole('textbox', { name: 'URL' }).blur();
    await expect
      .poll(() => fieldMessage(appearance.getByRole('textbox', { name: 'URL' })))
      .toBe('“URL”: give a web address starting with http:// or https://.');
    await appearance.getByRole('textbox', { name: 'URL' }).fill('https://example.org/bai');
    await form.getByRole('button', { name: 'Save claim' }).click();
    await form.waitFor({ state: 'detached' });

    const [claim] = ((await app.invoke('claims:list', {})).body as Value<Array<Record<string, unknown>>>)
      .value;
    expect(claim).toMatchObject({
      categoryId: 'categorycorruption',
      firstSeen: '2024-09-02',
      appearances: [{ title: '', outlet: '', url: 'https://example.org/bai', date: '2024-05' }],
    });

    await app.page.getByRole('button', { name: 'Edit claim' }).click();
    expect(await form.getByRole('combobox', { name: 'Category' }).inputValue()).toBe('categorycorruption');
    expect(await form.getByRole('textbox', { name: 'First seen' }).inputValue()).toBe('02/09/2024');
    expect(await form.getByRole('textbox', { name: 'Date' }).inputValue()).toBe('05/2024');
  });

  it('speaks Vietnamese for every refusal: at the field, a key in use, and a request the backend refuses', async () => {
    ({ app } = await openDesk({ lang: 'vi' }));
    const { page } = app;
    const library = page.getByRole('navigation', { name: 'Thư viện' });
    await library.getByRole('button', { name: 'Nguồn', exact: true }).click();
    const newSource = page.getByRole('button', { name: 'Nguồn mới' });
    const form = page.getByRole('dialog');
    const save = form.getByRole('button', { name: 'Lưu nguồn' });
    await newSource.click();
    await form.getByRole('textbox', { name: 'Tiêu đề' }).fill('Báo cáo công tác phòng, chống tham nhũng');
    await form.getByRole('textbox', { name: 'Mã trích dẫn' }).fill('ttcp2023');
    const accessed = form.getByRole('textbox', { name: 'Ngày truy cập' });
    expect(await accessed.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await accessed.fill('05/2024');
    await accessed.blur();
    await expect
      .poll(() => fieldMessage(accessed))
      .toBe('“Ngày truy cập”: cần đủ ngày, tháng và năm, ví dụ 02/09/1945.');
    await accessed.fill('29/02/2023');
    await expect.poll(() => fieldMessage(accessed)).toBe('“Ngày truy cập”: 29/02/2023 không có trong lịch.');
    await save.click();
    expect(await form.count()).toBe(1);
    await accessed.fill('29/02/2024');
    await form.getByRole('textbox', { name: 'Ngày', exact: true }).fill('2023');
    await save.click();
    await form.waitFor({ state: 'detached' });
    const sources = (await app.invoke('sources:list', {})).body as Value<Array<Record<string, unknown>>>;
    expect(sources.value[0]).toMatchObject({ key: 'ttcp2023', accessed: '2024-02-29', date: '2023' });

    await library.getByRole('button', { name: 'Nguồn', exact: true }).click();
    await newSource.click();
    await save.click();
    const title = form.getByRole('textbox', { name: 'Tiêu đề' });
    await expect.poll(() => fieldMessage(title)).toBe('Hãy điền “Tiêu đề”.');
    expect(await validity(title)).toBe('Hãy điền “Tiêu đề”.');
    await title.fill('Bản trùng');
    await form.getByRole('textbox', { name: 'Mã trích dẫn' }).fill('TTCP2023');
    await save.click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe(
        '“Mã trích dẫn”: mã “TTCP2023” đã được dùng cho nguồn “Báo cáo công tác phòng, chống tham nhũng” (ttcp2023).',
      );
    await form.getByRole('button', { name: 'Huỷ' }).click();

    // A request the backend refuses (as an older client could send it) is told by field, in Vietnamese.
    await tamper(page, 'claims:create', (payload) => {
      payload.firstSeen = '2024-02-31';
      payload.summary = 'x'.repeat(501);
    });
    await library.getByRole('button', { name: 'Luận điểm', exact: true }).click();
    await page.getByRole('button', { name: 'Luận điểm mới' }).click();
    await form.getByRole('textbox', { name: 'Luận điểm' }).fill('Đa đảng mới là dân chủ');
    await form
      .getByRole('combobox', { name: 'Nhóm' })
      .selectOption({ label: 'Đòi đa nguyên chính trị, đa đảng đối lập' });
    await form.getByRole('button', { name: 'Lưu luận điểm' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('“Tóm tắt”: tối đa 500 ký tự. “Thấy lần đầu”: ngày này không có trong lịch.');
    expect(await form.getByRole('alert').textContent()).not.toMatch(/Invalid request|claims:create/);
    await form.getByRole('button', { name: 'Huỷ' }).click();

    // The taxonomy's names too: an emptied name is refused by the backend and told by field.
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Sửa các nhóm' }).click();
    const taxonomy = page.getByRole('dialog', { name: 'Nhóm luận điểm' });
    const army = taxonomy.getByRole('listitem', { name: '“Phi chính trị hóa” quân đội' });
    await army.getByRole('textbox', { name: 'Tên tiếng Việt của “Phi chính trị hóa” quân đội' }).fill(' ');
    await army.getByRole('button', { name: 'Đổi tên' }).click();
    await expect
      .poll(() => taxonomy.getByRole('alert').textContent())
      .toBe('Hãy điền “Tên tiếng Việt của “Phi chính trị hóa” quân đội”.');
  });

  it('dates of the article: publication and deadline typed day first, impossible ones refused', async () => {
    const session = await openDesk();
    app = session.app;
    const { page } = app;
    const desk = new CatalogPage(page);
    await desk.newArticle('Bài có hạn');
    await desk.insertText('Nội dung.');
    await desk.waitSaved();

    const deadline = page.getByRole('textbox', { name: 'Deadline' });
    expect(await deadline.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await deadline.fill('31/04/2031');
    await deadline.press('Enter');
    await expect.poll(() => fieldMessage(deadline)).toBe('“Deadline”: 31/04/2031 is not on the calendar.');
    const stored = async () =>
      ((await app.invoke('articles:list', {})).body as Value<Array<{ deadline: string | null }>>).value[0]
        ?.deadline;
    expect(await stored()).toBeNull();
    await deadline.fill('30/4/2031');
    await deadline.press('Enter');
    await expect.poll(stored).toBe('2031-04-30');
    expect(await deadline.inputValue()).toBe('30/04/2031');
    expect(await fieldMessage(deadline)).toBeNull();

    await page.getByRole('combobox', { name: 'Article status' }).selectOption({ label: 'Published' });
    const date = desk.dialog.getByRole('textbox', { name: 'Publication date' });
    expect(await date.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await date.fill('29/02/2023');
    await desk.dialog.getByRole('button', { name: 'Mark published' }).click();
    await expect
      .poll(() => fieldMessage(date))
      .toBe('“Publication date”: 29/02/2023 is not on the calendar.');
    await date.fill('2024-03-01');
    await desk.dialog.getByRole('button', { name: 'Mark published' }).click();
    await desk.dialog.waitFor({ state: 'detached' });
    const article = (
      (await app.invoke('articles:list', {})).body as Value<Array<{ publication: { date: string } | null }>>
    ).value[0];
    expect(article?.publication?.date).toBe('2024-03-01');
  });

  it('shows one deadline and one word target for each article, however many are made in a row', async () => {
    const session = await openDesk();
    app = session.app;
    const { page } = app;
    const desk = new CatalogPage(page);
    for (const title of ['Bài một', 'Bài hai', 'Bài ba']) {
      await desk.newArticle(title);
      await desk.insertText('Nội dung.');
      await desk.waitSaved();
      expect(await page.getByRole('textbox', { name: 'Deadline' }).count()).toBe(1);
      expect(await page.getByRole('spinbutton', { name: 'Word target' }).count()).toBe(1);
    }
  });

  it('the filter bar takes its range day first and refuses an end before the start', async () => {
    ({ app } = await openDesk());
    const { page } = app;
    const desk = new CatalogPage(page);
    await desk.newArticle('Bài hôm nay');
    await desk.waitSaved();
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To' });
    await from.fill('01/01/2020');
    await from.press('Enter');
    await to.fill('31/12/2019');
    await to.press('Tab');
    await expect.poll(() => fieldMessage(to)).toBe('“To” is before “From”.');
    await expect.poll(() => desk.rowTitles()).toEqual(['Bài hôm nay']);
    await to.fill('31/12/2020');
    await to.press('Enter');
    await expect.poll(() => desk.rowTitles()).toEqual([]);
    await from.fill('');
    await from.press('Enter');
    await to.fill('');
    await to.press('Enter');
    await expect.poll(() => desk.rowTitles()).toEqual(['Bài hôm nay']);
  });
});
