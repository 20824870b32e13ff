import { create } from 'zustand';
import { call } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { today } from './measures.js';

interface StatsStore {
  /** Words written in the editor today, as the saves counted them. */
  todayWords: number;
  load(): Promise<void>;
}

/** Words written today, read from the backend after the saves that count them. */
export const useWritingStats = create<StatsStore>()((set) => ({
  todayWords: 0,
  async load() {
    const stats = await call('writing:stats', {});
    const day = stats.days.find((entry) => entry.day === stats.today);
    set({ todayWords: day?.words ?? 0 });
  },
}));

/** Refreshes today's count whenever a save completes (and at midnight, when the day changes). */
export function followWritingStats(): () => void {
  let day = today();
  const load = () =>
    void useWritingStats
      .getState()
      .load()
      .catch(() => undefined);
  load();
  const stop = useEditor.subscribe((state, previous) => {
    if (state.save.status === 'saved' && previous.save.status !== 'saved') load();
  });
  const clock = setInterval(() => {
    if (today() === day) return;
    day = today();
    load();
  }, 60_000);
  return () => {
    stop();
    clearInterval(clock);
  };
}
