import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { checkDisk, checkScreen } from './checks.js';
import {
  active,
  canType,
  nextTitle,
  openArticle,
  pick,
  renameLinks,
  type Mode,
  type Model,
  type Panel,
  type Real,
} from './model.js';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const MODE_NAMES: Record<Mode, string> = { editor: 'Editor', split: 'Split', preview: 'Preview' };
const MODE_COMMANDS: Record<Mode, string> = {
  editor: 'View: editor only',
  split: 'View: editor and preview',
  preview: 'View: preview only',
};
const PANEL_NAMES: Record<Panel, string> = { backlinks: 'Backlinks', related: 'Related', history: 'History' };

/** A step of a walk: runs against the app, updates the model, then the screen is checked. */
abstract class Step implements AsyncCommand<Model, Real> {
  abstract check(model: Readonly<Model>): boolean;
  protected abstract act(model: Model, real: Real): Promise<void>;
  abstract toString(): string;

  async run(model: Model, real: Real): Promise<void> {
    real.log.push(this.toString());
    await this.act(model, real);
    await checkScreen(model, real);
  }
}

/** Puts the cursor at the end (or start) of the open article's text. */
async function caret(real: Real, where: 'start' | 'end'): Promise<void> {
  await real.desk.editor.click();
  await real.page.keyboard.press(`${MOD}+${where === 'end' ? 'End' : 'Home'}`);
}

/** Types text at the end or the start of the open article, as one input or key by key. */
export class Type extends Step {
  constructor(
    readonly text: string,
    readonly where: 'start' | 'end',
    readonly keys: boolean,
  ) {
    super();
  }
  check = (model: Readonly<Model>) => canType(model as Model);
  async act(model: Model, real: Real) {
    const open = openArticle(model)!;
    // One space between the new text and the old, never two (CodeMirror deletes leading indentation by units).
    const text =
      this.where === 'end'
        ? (open.body === '' || /\s$/.test(open.body) ? '' : ' ') + this.text
        : this.text + (open.body === '' || /^\s/.test(open.body) ? '' : ' ');
    await caret(real, this.where);
    if (this.keys) await real.page.keyboard.type(text);
    else await real.page.keyboard.insertText(text);
    open.body = this.where === 'end' ? open.body + text : text + open.body;
  }
  toString = () => `Type(${JSON.stringify(this.text)}, ${this.where}${this.keys ? ', keys' : ''})`;
}

/** Types a word through an input method's composition (as Vietnamese Telex/VNI input does). */
export class Compose extends Step {
  constructor(readonly word: string) {
    super();
  }
  check = (model: Readonly<Model>) => canType(model as Model);
  async act(model: Model, real: Real) {
    const open = openArticle(model)!;
    const word = (open.body === '' || /\s$/.test(open.body) ? '' : ' ') + this.word;
    await caret(real, 'end');
    const cdp = await real.page.context().newCDPSession(real.page);
    try {
      for (let length = 1; length <= word.length; length += 1) {
        await cdp.send('Input.imeSetComposition', {
          text: word.slice(0, length),
          selectionStart: length,
          selectionEnd: length,
        });
      }
      await cdp.send('Input.insertText', { text: word });
    } finally {
      await cdp.detach();
    }
    open.body += word;
  }
  toString = () => `Compose(${JSON.stringify(this.word)})`;
}

/** Deletes characters at the end of the open article with Backspace. */
export class Delete extends Step {
  constructor(readonly count: number) {
    super();
  }
  check = (model: Readonly<Model>) => canType(model as Model) && openArticle(model as Model)!.body.length > 0;
  async act(model: Model, real: Real) {
    const open = openArticle(model)!;
    const count = Math.min(this.count, open.body.length);
    await caret(real, 'end');
    for (let n = 0; n < count; n += 1) await real.page.keyboard.press('Backspace');
    open.body = open.body.slice(0, open.body.length - count);
  }
  toString = () => `Delete(${this.count})`;
}

/** Undoes the last edit and redoes it: the text ends as it was. */
export class UndoRedo extends Step {
  check = (model: Readonly<Model>) => canType(model as Model);
  async act(_model: Model, real: Real) {
    await real.desk.editor.click();
    await real.page.keyboard.press(`${MOD}+z`);
    await real.page.keyboard.press(`${MOD}+Shift+Z`);
  }
  toString = () => 'UndoRedo()';
}

/** Switches the view mode by its switch or by the command palette. */
export class SetMode extends Step {
  constructor(
    readonly mode: Mode,
    readonly viaPalette: boolean,
  ) {
    super();
  }
  check = (model: Readonly<Model>) => {
    const open = openArticle(model as Model);
    return open !== null && !open.trashed;
  };
  async act(model: Model, real: Real) {
    if (this.viaPalette) await runPalette(real, MODE_COMMANDS[this.mode]);
    else {
      await real.page
        .getByRole('radiogroup', { name: 'View mode' })
        .getByRole('radio', { name: MODE_NAMES[this.mode] })
        .click();
    }
    model.mode = this.mode;
  }
  toString = () => `SetMode(${this.mode}${this.viaPalette ? ', palette' : ''})`;
}

/** Runs a command of the palette by its name. */
async function runPalette(real: Real, name: string): Promise<void> {
  await real.page.keyboard.press(`${MOD}+Shift+P`);
  const box = real.page.getByRole('combobox', { name: 'Command name' });
  await box.fill(name);
  await expect
    .poll(() => real.page.getByRole('option', { name, exact: true }).first().count())
    .toBeGreaterThan(0);
  await box.press('Enter');
  await expect.poll(() => box.count()).toBe(0);
}

/** Where a new article is made from. */
export type NewFrom = 'sidebar' | 'shortcut' | 'palette';
/** A screen shown over the article when the new one is made. */
export type Over = 'none' | 'claims' | 'sources' | 'dashboard';

/** Makes a new article (from a screen laid over the editor, maybe) and gives it a title. */
export class NewArticle extends Step {
  constructor(
    readonly from: NewFrom,
    readonly over: Over,
    readonly seed: number,
  ) {
    super();
  }
  check = () => true;
  async act(model: Model, real: Real) {
    const before = new Set(await listIds(real));
    if (this.over !== 'none') {
      const section = { claims: 'Claims', sources: 'Sources', dashboard: 'Dashboard' }[this.over];
      await real.desk.library.getByRole('button', { name: section, exact: true }).click();
    }
    if (this.from === 'sidebar') await real.desk.newArticleButton.click();
    else if (this.from === 'shortcut') await real.page.keyboard.press(`${MOD}+n`);
    else await runPalette(real, 'New article');
    let id = '';
    await expect
      .poll(async () => {
        id = (await listIds(real)).find((candidate) => !before.has(candidate)) ?? '';
        return id;
      })
      .not.toBe('');
    const title = nextTitle(model, this.seed);
    model.articles.push({ id, title: '', body: '', trashed: false });
    model.openId = id;
    // The editor comes forward: no screen stays laid over it.
    await expect.poll(() => real.page.locator('.workspace-view').count()).toBe(0);
    await real.desk.titleBox.fill(title);
    model.articles.at(-1)!.title = title;
  }
  toString = () => `NewArticle(${this.from}, over ${this.over})`;
}

async function listIds(real: Real): Promise<string[]> {
  const response = (await real.app.invoke('articles:list', {})).body as { value: Array<{ id: string }> };
  return response.value.map((article) => article.id);
}

/** Opens another article from the list, the quick switcher, or a link typed into the open one. */
export class Open extends Step {
  constructor(
    readonly index: number,
    readonly via: 'list' | 'switcher' | 'link',
  ) {
    super();
  }
  check = (model: Readonly<Model>) => {
    const others = active(model as Model).filter((a) => a.id !== model.openId && a.title !== '');
    if (others.length === 0) return false;
    return this.via !== 'link' || canType(model as Model);
  };
  async act(model: Model, real: Real) {
    const others = active(model).filter((a) => a.id !== model.openId && a.title !== '');
    const target = pick(others, this.index)!;
    if (this.via === 'list') {
      await real.page.locator(`[id="row-${target.id}-title"]`).click();
    } else if (this.via === 'switcher') {
      await real.page.keyboard.press(`${MOD}+p`);
      const box = real.page.getByRole('combobox', { name: 'Article title' }).last();
      await box.fill(target.title);
      await expect
        .poll(() => real.page.getByRole('option', { name: target.title }).first().count())
        .toBeGreaterThan(0);
      await box.press('Enter');
    } else {
      // The link resolves once the target's title is stored.
      await expect
        .poll(
          async () =>
            ((await real.app.invoke('articles:get', { id: target.id })).body as { value: { title: string } })
              .value.title,
        )
        .toBe(target.title);
      const open = openArticle(model)!;
      const link = (open.body === '' || /\s$/.test(open.body) ? '' : ' ') + `[[${target.title}]]`;
      await caret(real, 'end');
      await real.page.keyboard.insertText(link);
      open.body += link;
      await real.page.keyboard.press('Escape');
      const mark = real.desk.editor
        .locator('.cm-wikilink:not(.cm-wikilink-broken)', { hasText: target.title })
        .last();
      await mark.waitFor();
      await mark.click({ modifiers: [MOD === 'Meta' ? 'Meta' : 'Control'] });
    }
    model.openId = target.id;
  }
  toString = () => `Open(${this.index}, ${this.via})`;
}

/** Opens or closes a side panel. */
export class TogglePanel extends Step {
  constructor(readonly panel: Panel) {
    super();
  }
  check = (model: Readonly<Model>) => {
    const open = openArticle(model as Model);
    return open !== null && !open.trashed;
  };
  async act(model: Model, real: Real) {
    await real.page
      .getByRole('group', { name: 'Side panels' })
      .getByRole('button', { name: PANEL_NAMES[this.panel] })
      .click();
    model.panel = model.panel === this.panel ? null : this.panel;
  }
  toString = () => `TogglePanel(${this.panel})`;
}

/** Gives the open article a new title, stored by Enter, by leaving the field, or by pausing. */
export class Rename extends Step {
  constructor(
    readonly seed: number,
    readonly commit: 'enter' | 'blur' | 'pause',
  ) {
    super();
  }
  check = (model: Readonly<Model>) => {
    const open = openArticle(model as Model);
    if (open === null || open.trashed || open.title === '') return false;
    // A link in a trashed article is not followed by a rename; keep the model simple.
    return !model.articles.some((a) => a.trashed && a.body.includes(`[[${open.title}]]`));
  };
  async act(model: Model, real: Real) {
    const open = openArticle(model)!;
    const title = nextTitle(model, this.seed);
    await real.desk.titleBox.fill(title);
    if (this.commit === 'enter') await real.desk.titleBox.press('Enter');
    else if (this.commit === 'blur')
      await real.page.getByRole('navigation', { name: 'Library' }).click({ position: { x: 5, y: 5 } });
    renameLinks(model, open.title, title);
    open.title = title;
  }
  toString = () => `Rename(${this.commit})`;
}

/** Restores a version of the open article from the history panel. */
export class RestoreVersion extends Step {
  constructor(readonly index: number) {
    super();
  }
  check = (model: Readonly<Model>) => {
    const open = openArticle(model as Model);
    return open !== null && !open.trashed;
  };
  async act(model: Model, real: Real) {
    const open = openArticle(model)!;
    await real.safety.openHistory();
    model.panel = 'history';
    const list = (await real.app.invoke('revisions:list', { articleId: open.id })).body as {
      value: Array<{ id: string }>;
    };
    await expect.poll(() => real.safety.versions.count()).toBe(list.value.length);
    const chosen = pick(list.value, this.index);
    if (chosen === null) return;
    const revision = (await real.app.invoke('revisions:get', { articleId: open.id, revisionId: chosen.id }))
      .body as { value: { title: string; body: string } };
    const at = list.value.indexOf(chosen);
    const entry = real.safety.versions.nth(at);
    if ((await entry.getAttribute('aria-pressed')) !== 'true') await entry.click();
    await real.safety.historyPanel.getByRole('button', { name: 'Restore this version' }).click();
    await real.page
      .getByRole('dialog', { name: 'Restore this version?' })
      .getByRole('button', { name: 'Restore' })
      .click();
    // A restore puts the version's title back too, and the links to the article follow it.
    if (revision.value.title !== open.title) renameLinks(model, open.title, revision.value.title);
    open.body = revision.value.body;
    open.title = revision.value.title;
  }
  toString = () => `RestoreVersion(${this.index})`;
}

/** Moves the open article to the trash. */
export class Trash extends Step {
  check = (model: Readonly<Model>) => {
    const open = openArticle(model as Model);
    return open !== null && !open.trashed;
  };
  async act(model: Model, real: Real) {
    await real.page.getByRole('button', { name: 'Move to trash', exact: true }).click();
    openArticle(model)!.trashed = true;
    model.openId = null;
  }
  toString = () => 'Trash()';
}

/** Takes an article out of the trash from the trash list. */
export class Untrash extends Step {
  constructor(readonly index: number) {
    super();
  }
  check = (model: Readonly<Model>) => model.articles.some((article) => article.trashed);
  async act(model: Model, real: Real) {
    const target = pick(
      model.articles.filter((article) => article.trashed),
      this.index,
    )!;
    await real.desk.library.getByRole('button', { name: 'Trash', exact: true }).click();
    await real.page.locator(`[id="row-${target.id}-title"]`).click();
    await real.page.getByRole('button', { name: 'Restore', exact: true }).click();
    target.trashed = false;
    model.openId = target.id;
    await expect.poll(() => real.desk.titleBox.count()).toBe(1);
  }
  toString = () => `Untrash(${this.index})`;
}

/** Reloads the window once everything is saved; the app opens an article of its choosing. */
export class Reload extends Step {
  check = () => true;
  async act(model: Model, real: Real) {
    await checkDisk(model, real);
    await real.page.reload();
    await real.desk.ready();
    model.panel = null;
    const shown = (await real.desk.titleBox.count()) === 0 ? null : await real.desk.titleBox.inputValue();
    model.openId = active(model).find((article) => article.title === shown)?.id ?? null;
  }
  toString = () => 'Reload()';
}

/** Waits until every save has landed, then checks every article file on disk against the model. */
export class Settle extends Step {
  check = () => true;
  async act(model: Model, real: Real) {
    await checkDisk(model, real);
  }
  toString = () => 'Settle()';
}
