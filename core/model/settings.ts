/** Languages the UI is translated into; the first is the default. */
export const LANGUAGES = ['vi', 'en'] as const;

/** A UI language code. */
export type Language = (typeof LANGUAGES)[number];

/** How the article pane shows the text. */
export const VIEW_MODES = ['editor', 'split', 'preview'] as const;

/** One of the article pane layouts. */
export type ViewMode = (typeof VIEW_MODES)[number];

/** Colour themes: the operating system's choice, or one fixed. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** The writer's working preferences of a workspace. */
export interface WritingSettings {
  theme: Theme;
  /** Spelling checked in the editor. */
  spellcheck: boolean;
  /** Articles whose spelling is not checked, whatever `spellcheck` says. */
  spellcheckOff: string[];
  /** Shortcut overrides by command id: a key such as `Mod-Shift-k`, or null for none. */
  shortcuts: Record<string, string | null>;
  /** The line being written stays in the middle of the editor. */
  typewriter: boolean;
  /** Whether the first-run guide is still to be written into the workspace. */
  welcome: 'pending' | 'done';
}

/** Per-workspace preferences, stored in the workspace file. */
export interface Settings {
  language: Language;
  viewMode: ViewMode;
  writing: WritingSettings;
}

/** Writing preferences of a workspace made before they existed: no guide is added to it. */
export const DEFAULT_WRITING: WritingSettings = {
  theme: 'system',
  spellcheck: true,
  spellcheckOff: [],
  shortcuts: {},
  typewriter: false,
  welcome: 'done',
};

/** Preferences of a new workspace: the first-run guide is still to come. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  viewMode: 'split',
  writing: { ...DEFAULT_WRITING, welcome: 'pending' },
};
