import { create } from 'zustand';
import { useSettings } from '../settings/store.js';

interface FocusStore {
  /** Focus mode: only the text, the paragraph being written highlighted. */
  on: boolean;
  toggle(): void;
  leave(): void;
}

/** Whether focus mode is on (for this run of the app only). */
export const useFocusMode = create<FocusStore>()((set, get) => ({
  on: false,
  toggle: () => set({ on: !get().on }),
  leave: () => set({ on: false }),
}));

/** Turns typewriter scrolling on or off (a preference of the workspace). */
export function toggleTypewriter(): Promise<void> {
  const settings = useSettings.getState();
  return settings.setWriting({ typewriter: !settings.writing.typewriter });
}
