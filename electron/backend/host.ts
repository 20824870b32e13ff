import type { Settings } from '../../core/index.js';

/**
 * What the program hosting the backend can do for it, passed in when the
 * workspace opens (rather than wrapped around its handlers afterwards).
 * The web host and the CLI pass nothing.
 */
export interface HostCapabilities {
  /**
   * Shows a native folder dialog; resolves the chosen folder, or null when
   * the writer cancels. Without it, `import:chooseFolder` answers 'unavailable'.
   */
  pickFolder?: () => Promise<string | null>;
  /** Hears the settings each time they are read or changed (the desktop app rebuilds its menu). */
  observeSettings?: (settings: Settings) => void;
}
