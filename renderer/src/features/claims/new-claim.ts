import { create } from 'zustand';

/** Whether the new-claim form is open (the claims view's button and the palette's command open it). */
export const useNewClaim = create<{ open: boolean; start(): void; stop(): void }>()((set) => ({
  open: false,
  start: () => set({ open: true }),
  stop: () => set({ open: false }),
}));
