import type { Settings } from '../../core/index.js';
import type { PdfPrinter } from './export/pdf.js';

/**
 * What the program hosting the backend can do for it, passed in when the
 * workspace opens (rather than wrapped around its handlers afterwards).
 * The web host and the CLI pass no dialogs: asking for a file or a folder
 * then answers 'unavailable', and the page uploads or downloads instead.
 */
export interface HostCapabilities {
  /**
   * Shows a native folder dialog; resolves the chosen folder, or null when
   * the writer cancels. Without it, `import:chooseFolder` answers 'unavailable'.
   */
  pickFolder?: () => Promise<string | null>;
  /** Shows a native dialog for Markdown and Word files to import; null when cancelled. */
  pickFiles?: () => Promise<string[] | null>;
  /** Asks where to save a file (its suggested name, the extension it must have); null when cancelled. */
  saveFile?: (suggested: string, extension: string) => Promise<string | null>;
  /** Asks for a folder to save several files into; null when cancelled. */
  chooseSaveFolder?: () => Promise<string | null>;
  /** Asks for a bundle file to receive; null when cancelled. */
  openBundle?: () => Promise<string | null>;
  /** Prints PDFs (the desktop app: Electron's printToPDF); by default headless Chromium. */
  pdfPrinter?: PdfPrinter;
  /**
   * Keeps the team database's password outside the workspace: the desktop app
   * encrypts it with Electron's safeStorage in its own data folder. Without
   * it, a password given to `team:connect` is kept in memory only, for as long
   * as the backend runs.
   */
  secrets?: SecretStore;
  /** Hears the settings each time they are read or changed (the desktop app rebuilds its menu). */
  observeSettings?: (settings: Settings) => void;
}

/** Secrets by key, kept by the host; never written in a workspace or a log. */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}
