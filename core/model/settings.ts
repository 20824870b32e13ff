/** Languages the UI is translated into; the first is the default. */
export const LANGUAGES = ['vi', 'en'] as const;

/** A UI language code. */
export type Language = (typeof LANGUAGES)[number];

/** How the article pane shows the text. */
export const VIEW_MODES = ['editor', 'split', 'preview'] as const;

/** One of the article pane layouts. */
export type ViewMode = (typeof VIEW_MODES)[number];

/** Per-workspace preferences, stored in the workspace file. */
export interface Settings {
  language: Language;
  viewMode: ViewMode;
}

/** Preferences of a new workspace. */
export const DEFAULT_SETTINGS: Settings = { language: 'vi', viewMode: 'split' };
