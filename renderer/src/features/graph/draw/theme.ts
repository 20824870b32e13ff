import type { SceneTheme } from './protocol.js';

/** Edge colours by kind (link, answers, tagged) on light and on dark backgrounds. */
const EDGES = {
  light: ['#64748b', '#ef4444', '#0d9488'],
  dark: ['#94a3b8', '#f87171', '#2dd4bf'],
};

/** The drawing's colours from the app's theme variables as they apply to `element`. */
export function readTheme(element: Element): SceneTheme {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    background: value('--surface', dark ? '#202328' : '#ffffff'),
    text: value('--text', dark ? '#e6e4df' : '#1f2328'),
    accent: value('--focus', dark ? '#7fa7e8' : '#2457a6'),
    edges: dark ? EDGES.dark : EDGES.light,
    dark,
  };
}
