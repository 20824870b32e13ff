import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../core/index.js';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../chromium.js';

/** Turns the print HTML into a PDF. The desktop app prints with Electron; the web host and CLI with Chromium. */
export interface PdfPrinter {
  print(html: string, signal?: AbortSignal): Promise<Uint8Array>;
}

/** Longest a PDF may take to print before Chromium is stopped. */
const PRINT_TIMEOUT_MS = 120_000;

/**
 * Flags of a Chromium that prints one local file and nothing else: headless,
 * no network of its own (the document loads nothing anyway), no first-run
 * work, a throw-away profile.
 */
function chromiumFlags(profile: string, output: string, input: string): string[] {
  return [
    ...QUIET_CHROMIUM_FLAGS,
    '--disable-extensions',
    '--no-default-browser-check',
    '--mute-audio',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${output}`,
    input,
  ];
}

/** A printer that explains why there is none. */
export function missingPrinter(env: Record<string, string | undefined> = process.env): PdfPrinter {
  return {
    print: async () => {
      throw new AppError(
        'invalid_request',
        env.CHROMIUM_PATH
          ? `No PDF: CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which is not an executable Chromium.`
          : 'No PDF: Chromium was not found (set CHROMIUM_PATH, or install it: apt-get install chromium).',
      );
    },
  };
}

/** Prints with the Chromium found by {@link findChromium}, or explains that there is none. */
export function defaultPdfPrinter(env: Record<string, string | undefined> = process.env): PdfPrinter {
  const executable = findChromium(env);
  return executable === null ? missingPrinter(env) : chromiumPrinter(executable);
}

/**
 * Prints with headless Chromium's own PDF printing: the HTML goes to a
 * private temp folder, Chromium writes the PDF beside it, the folder is
 * removed. A signal or the timeout stops Chromium.
 */
function chromiumPrinter(executable: string, timeoutMs = PRINT_TIMEOUT_MS): PdfPrinter {
  return {
    async print(html, signal) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'rd-print-'));
      try {
        const input = path.join(dir, 'document.html');
        const output = path.join(dir, 'document.pdf');
        await writeFile(input, html, 'utf8');
        await run(executable, chromiumFlags(path.join(dir, 'profile'), output, input), timeoutMs, signal);
        const pdf = await readFile(output).catch(() => null);
        if (pdf === null || pdf.length === 0 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
          throw new AppError('io', 'Chromium did not write a PDF.');
        }
        return new Uint8Array(pdf);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function run(executable: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AppError('conflict', 'The export was cancelled.'));
      return;
    }
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4_000) stderr += chunk.toString();
    });
    const stop = (error: AppError) => {
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(
      () => stop(new AppError('io', `Chromium took more than ${timeoutMs / 1000} s to print.`)),
      timeoutMs,
    );
    const onAbort = () => stop(new AppError('conflict', 'The export was cancelled.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new AppError('io', `Cannot start Chromium (${executable}): ${error.message}`));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else
        reject(
          new AppError(
            'io',
            `Chromium could not print (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}
