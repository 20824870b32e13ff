import i18next from 'i18next';
import { create } from 'zustand';
import { fold } from '../../../../core/text/fold.js';
import type { Command } from './registry.js';

interface PaletteStore {
  visible: boolean;
  text: string;
  active: number;
  show(): void;
  hide(): void;
  setText(text: string): void;
  setActive(index: number): void;
  /** Closes the palette and runs the command. */
  run(command: Command): void;
}

/** Commands whose translated name holds every word of `text`, tone marks optional, in registry order. */
export function filterCommands(commands: readonly Command[], text: string): Command[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const label = fold(i18next.t(command.labelKey));
    return words.every((word) => label.includes(word));
  });
}

/** The command palette (Ctrl/Cmd+Shift+P): every command, with its shortcut. */
export const usePalette = create<PaletteStore>()((set, get) => ({
  visible: false,
  text: '',
  active: 0,
  show() {
    set({ visible: true, text: '', active: 0 });
  },
  hide() {
    set({ visible: false });
  },
  setText(text) {
    set({ text, active: 0 });
  },
  setActive(active) {
    set({ active });
  },
  run(command) {
    get().hide();
    if (command.enabled?.() ?? true) void command.run();
  },
}));
