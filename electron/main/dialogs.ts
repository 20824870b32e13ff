import { dialog, type BrowserWindow } from 'electron';
import type { HostCapabilities } from '../backend/host.js';
import type { MainStrings } from './strings.js';

/**
 * The native dialogs the backend asks with (imports, exports, bundles), in
 * the UI language of the moment, attached to the window in front.
 */
export function nativeDialogs(
  strings: () => MainStrings,
  parent: () => BrowserWindow | null,
): Pick<HostCapabilities, 'pickFolder' | 'pickFiles' | 'saveFile' | 'chooseSaveFolder' | 'openBundle'> {
  const open = async (options: Electron.OpenDialogOptions): Promise<string[] | null> => {
    const window = parent();
    const picked = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return picked.canceled || picked.filePaths.length === 0 ? null : picked.filePaths;
  };
  return {
    async pickFolder() {
      const t = strings();
      return (
        (
          await open({
            title: t.importFolderTitle,
            buttonLabel: t.importFolderButton,
            properties: ['openDirectory'],
          })
        )?.[0] ?? null
      );
    },
    pickFiles() {
      const t = strings();
      return open({
        title: t.importFilesTitle,
        buttonLabel: t.importFilesButton,
        filters: [{ name: t.documentsFilter, extensions: ['md', 'markdown', 'docx'] }],
        properties: ['openFile', 'multiSelections'],
      });
    },
    async saveFile(suggested, extension) {
      const options: Electron.SaveDialogOptions = {
        title: strings().exportTitle,
        defaultPath: suggested,
        filters: [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }],
      };
      const window = parent();
      const saved = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      if (saved.canceled || !saved.filePath) return null;
      return saved.filePath.toLowerCase().endsWith(extension)
        ? saved.filePath
        : `${saved.filePath}${extension}`;
    },
    async chooseSaveFolder() {
      const t = strings();
      return (
        (
          await open({
            title: t.exportFolderTitle,
            buttonLabel: t.exportButton,
            properties: ['openDirectory', 'createDirectory'],
          })
        )?.[0] ?? null
      );
    },
    async openBundle() {
      const t = strings();
      return (
        (
          await open({
            title: t.receiveBundleTitle,
            filters: [{ name: t.bundleFilter, extensions: ['rdbundle'] }],
            properties: ['openFile'],
          })
        )?.[0] ?? null
      );
    },
  };
}
