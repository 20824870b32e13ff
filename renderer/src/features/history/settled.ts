import { useEffect, useState } from 'react';

/**
 * The value once it has stayed unchanged for `ms` (the first value at once).
 * The diff against the current text follows typing with it: a word diff of a
 * 20,000-word article takes ~90 ms in Chromium, too long for every keystroke.
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
