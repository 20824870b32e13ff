import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../core/ipc/contract.js';
import { MENU_COMMANDS } from '../../core/ipc/contract.js';
import { menuTemplate, type MenuActions } from './menu.js';
import { MAIN_STRINGS } from './strings.js';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (command: MenuCommand) => calls.push(command),
    quit: () => calls.push('quit'),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('menuTemplate', () => {
  it('is in Vietnamese or English', () => {
    const { actions } = recorder();
    expect(menuTemplate('vi', actions).map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(menuTemplate('en', actions).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has every string in both languages', () => {
    for (const strings of Object.values(MAIN_STRINGS)) {
      for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
    }
    expect(Object.keys(MAIN_STRINGS.vi).sort()).toEqual(Object.keys(MAIN_STRINGS.en).sort());
  });

  it('sends every menu command of the contract from some item', () => {
    const { calls, actions } = recorder();
    for (const item of items(menuTemplate('en', actions))) if (item.click) click(item);
    expect(new Set(calls)).toEqual(new Set([...MENU_COMMANDS, 'quit', 'about']));
  });

  it('offers File → Import folder in both languages', () => {
    const { calls, actions } = recorder();
    const file = (language: 'vi' | 'en') =>
      (menuTemplate(language, actions)[0]!.submenu as MenuItemConstructorOptions[]).filter((i) => i.label);
    expect(file('vi').map((i) => i.label)).toEqual([
      'Bài viết mới',
      'Bài viết mới theo mẫu…',
      'Nhập thư mục…',
      'Nhập tệp…',
      'Xuất bài…',
      'In…',
      'Gửi tới…',
      'Nhận gói…',
      'Chuyển vào thùng rác',
      'Cài đặt…',
      'Thoát',
    ]);
    const item = file('en').find((i) => i.label === 'Import Folder…')!;
    click(item);
    expect(calls).toEqual(['import:folder']);
  });

  it('shows each command’s shortcut as its accelerator, with the writer’s overrides', () => {
    const { actions } = recorder();
    const accelerator = (template: MenuItemConstructorOptions[], label: string) =>
      items(template).find((item) => item.label === label)?.accelerator;
    const plain = menuTemplate('en', actions);
    expect(accelerator(plain, 'New Article')).toBe('CmdOrCtrl+N');
    expect(accelerator(plain, 'Move to Trash')).toBe('CmdOrCtrl+Shift+Backspace');
    expect(accelerator(plain, 'Focus Mode')).toBe('F8');
    expect(accelerator(plain, 'Keyboard Shortcuts')).toBe('F1');
    expect(accelerator(plain, 'Settings…')).toBe('CmdOrCtrl+,');
    expect(accelerator(plain, 'Export Article…')).toBe('CmdOrCtrl+E');
    const remapped = menuTemplate('en', actions, {
      'view.focus': 'Mod-Shift-Enter',
      'article.new': null,
      'article.export': 'Mod-Shift-x',
    });
    expect(accelerator(remapped, 'Focus Mode')).toBe('CmdOrCtrl+Shift+Enter');
    expect(accelerator(remapped, 'Export Article…')).toBe('CmdOrCtrl+Shift+X');
    expect(accelerator(remapped, 'New Article')).toBeUndefined();
  });

  it('checks the current language', () => {
    const { actions } = recorder();
    const radios = items(menuTemplate('vi', actions)).filter((i) => i.type === 'radio');
    expect(radios.map((r) => [r.label, r.checked])).toEqual([
      ['Tiếng Việt', true],
      ['English', false],
    ]);
  });

  it('offers developer tools only when asked', () => {
    const { actions } = recorder();
    const labels = (a: MenuActions) => items(menuTemplate('en', a)).map((i) => i.label);
    expect(labels(actions)).not.toContain('Developer Tools');
    expect(labels({ ...actions, toggleDevTools: () => undefined })).toContain('Developer Tools');
  });

  it('uses roles for editing so text fields keep working', () => {
    const { actions } = recorder();
    const edit = menuTemplate('vi', actions)[1]!.submenu as MenuItemConstructorOptions[];
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });
});
