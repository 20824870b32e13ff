import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../backend/export/pdf.js';

/** The session print windows use: it loads the one document being printed and nothing else. */
const PARTITION = 'rebuttal-desk-print';

/**
 * Prints the print HTML to PDF with Electron's own `webContents.printToPDF`,
 * in a hidden window without JavaScript whose session loads only the file
 * being printed (and the data its styles, fonts and images are embedded as).
 */
export function electronPdfPrinter(): PdfPrinter {
  const printSession = session.fromPartition(PARTITION);
  let allowed = '';
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url === allowed || details.url.startsWith('data:')) }),
  );
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  return {
    async print(html, signal) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'rd-print-'));
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          disableBlinkFeatures: 'Auxclick',
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      });
      const stop = () => window.destroy();
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const file = path.join(dir, 'document.html');
        await writeFile(file, html, 'utf8');
        allowed = pathToFileURL(file).href;
        await window.loadURL(allowed);
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        signal?.removeEventListener('abort', stop);
        if (!window.isDestroyed()) window.destroy();
        allowed = '';
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
