import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { closeChecked, openDesk } from './desk-session.js';

describe('the link graph', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  async function value<T>(channel: string, payload: unknown): Promise<T> {
    const response = (await app.invoke(channel, payload)).body as { ok: boolean; value: T };
    expect(response.ok).toBe(true);
    return response.value;
  }

  it('filters by claim category, colours by category, and a click on a node opens its article', async () => {
    const army = await value<{ id: string }>('claims:create', {
      statement: 'Quân đội phải đứng ngoài chính trị',
      categoryId: 'categoryarmy',
    });
    const ids: Record<string, string> = {};
    for (const [title, body] of [
      ['Gốc', '[[Nhánh một]] [[Nhánh hai]]'],
      ['Nhánh một', '[[Gốc]]'],
      ['Nhánh hai', '[[Nhánh một]]'],
      ['Đứng riêng', ''],
    ] as const)
      ids[title] = (await value<{ id: string }>('articles:create', { title, body })).id;
    await value('articles:update', { id: ids['Nhánh hai'], claimIds: [army.id] });
    await app.page.reload();
    await desk.ready();

    const { graph, status } = await desk.openGraph(5);

    await graph.getByRole('combobox', { name: 'Category' }).selectOption('categoryworkingclass');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('0 nodes, 0 edges');
    await graph
      .getByRole('combobox', { name: 'Category' })
      .selectOption({ label: '“Depoliticising” the army' });
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('2 nodes, 1 edges');

    await graph.getByRole('combobox', { name: 'Colour by' }).selectOption('category');
    const legend = graph.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.getByRole('listitem').allTextContents()).toContain('No category');
    expect(await legend.getByRole('listitem').count()).toBe(9);

    const canvas = graph.getByRole('img', { name: 'Graph of articles, claims and tags' });
    await graph.getByRole('searchbox', { name: 'Find in graph' }).fill('nhanh hai');
    await graph.getByRole('button', { name: 'Find' }).click();
    await app.page.waitForTimeout(600);
    const box = (await canvas.boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => graph.count()).toBe(0);
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Nhánh hai');
  });

  async function seedBranches(): Promise<void> {
    for (const [title, body] of [
      ['Gốc', '[[Nhánh một]] [[Nhánh hai]]'],
      ['Nhánh một', '[[Gốc]]'],
      ['Nhánh hai', '[[Nhánh một]] [[Lá]]'],
      ['Lá', ''],
      ['Đứng riêng', ''],
    ] as const)
      await value('articles:create', { title, body });
    await app.page.reload();
    await desk.ready();
  }

  it('shows the local graph around the open article, one to three links deep', async () => {
    await seedBranches();
    await desk.row('Gốc').click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Gốc');
    const { graph, status } = await desk.openGraph(5);

    await graph.getByRole('combobox', { name: 'Show' }).selectOption('local');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('3 nodes, 4 edges');
    await graph.getByRole('combobox', { name: 'Depth' }).selectOption('2');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('4 nodes, 5 edges');
  });

  it('zooms with the buttons and the keyboard, and opens a node found and clicked', async () => {
    await seedBranches();
    const { graph } = await desk.openGraph(5);
    const canvas = graph.getByRole('img', { name: 'Graph of articles, claims and tags' });
    const box = (await canvas.boundingBox())!;
    // The drawing inside the border, left of the zoom buttons.
    const inside = { x: box.x + 8, y: box.y + 8, width: box.width - 80, height: box.height - 16 };
    const pixels = async () => (await app.page.screenshot({ clip: inside })).toString('base64');
    /** The drawing once it stops changing (labels are redrawn when the font has loaded), unfocused, pointer away. */
    const steady = async () => {
      await canvas.blur();
      await app.page.mouse.move(0, 0);
      let previous = '';
      let current = await pixels();
      while (current !== previous) {
        await app.page.waitForTimeout(250);
        [previous, current] = [current, await pixels()];
      }
      return current;
    };

    const whole = await steady();
    await graph.getByRole('button', { name: 'Zoom in' }).click();
    await graph.getByRole('button', { name: 'Zoom in' }).click();
    expect(await steady()).not.toBe(whole);
    await canvas.focus();
    await app.page.keyboard.press('0');
    expect(await steady()).toBe(whole);
    await canvas.focus();
    await app.page.keyboard.press('+');
    expect(await steady()).not.toBe(whole);
    await graph.getByRole('button', { name: 'Show the whole graph' }).click();
    expect(await steady()).toBe(whole);

    await graph.getByRole('searchbox', { name: 'Find in graph' }).fill('la');
    await graph.getByRole('button', { name: 'Find' }).click();
    await app.page.waitForTimeout(600);
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => graph.count()).toBe(0);
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Lá');
  });

  it('redraws in the dark theme when the system switches to it', async () => {
    await seedBranches();
    const { graph } = await desk.openGraph(5);
    const box = (await graph.getByRole('img', { name: 'Graph of articles, claims and tags' }).boundingBox())!;
    // A corner of the drawing, where no node is: the background alone.
    const corner = { x: box.x + 4, y: box.y + box.height - 12, width: 8, height: 8 };
    const light = (await app.page.screenshot({ clip: corner })).toString('base64');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(async () => (await app.page.screenshot({ clip: corner })).toString('base64'))
      .not.toBe(light);
    const background = await graph.evaluate((element) =>
      getComputedStyle(element).getPropertyValue('--surface').trim(),
    );
    expect(background).toBe('#202328');
  });

  it('draws on the page itself when the browser cannot hand a canvas to a worker', async () => {
    await app.page.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
    });
    await seedBranches();
    const { graph } = await desk.openGraph(5);
    expect(await app.page.evaluate(() => performance.getEntriesByName('graph:first-frame').length)).toBe(1);
    const canvas = graph.getByRole('img', { name: 'Graph of articles, claims and tags' });
    await graph.getByRole('searchbox', { name: 'Find in graph' }).fill('nhanh mot');
    await graph.getByRole('button', { name: 'Find' }).click();
    await app.page.waitForTimeout(600);
    const box = (await canvas.boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Nhánh một');
  });
});
