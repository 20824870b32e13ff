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

/** Most verdicts a rating scale holds. */
export const MAX_RATING_STEPS = 20;

/** One verdict of the rating scale a fact check gives a claim (ClaimReview's `reviewRating`). */
interface RatingStep {
  /** Its place on the scale: 1 is the worst, the last the best. */
  value: number;
  /** What the verdict is called (`Sai sự thật`), as published. */
  label: string;
}

/** Who publishes what the workspace exports, and the scale its verdicts use. */
export interface PublishingSettings {
  /** The writer named as author of exported documents; empty when none is given. */
  author: string;
  /** The organisation that publishes the fact checks (ClaimReview `author`). */
  organisation: string;
  /** Its web address, or empty. */
  organisationUrl: string;
  /** The verdicts, worst first, valued 1…N. */
  ratingScale: RatingStep[];
}

/** Per-workspace preferences, stored in the workspace file. */
export interface Settings {
  language: Language;
  viewMode: ViewMode;
  writing: WritingSettings;
  publishing: PublishingSettings;
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

/** The rating scale a new workspace starts with, worst first. */
const DEFAULT_RATING_SCALE: readonly RatingStep[] = Object.freeze([
  { value: 1, label: 'Sai sự thật' },
  { value: 2, label: 'Xuyên tạc' },
  { value: 3, label: 'Gây hiểu lầm' },
  { value: 4, label: 'Đúng một phần' },
  { value: 5, label: 'Đúng sự thật' },
]);

/** Publishing settings of a new workspace. */
export function defaultPublishing(): PublishingSettings {
  return {
    author: '',
    organisation: '',
    organisationUrl: '',
    ratingScale: DEFAULT_RATING_SCALE.map((step) => ({ ...step })),
  };
}

/** Preferences of a new workspace: the first-run guide is still to come. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  viewMode: 'split',
  writing: { ...DEFAULT_WRITING, welcome: 'pending' },
  publishing: defaultPublishing(),
};
