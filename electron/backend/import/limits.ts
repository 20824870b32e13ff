import { AppError, MAX_SESSION_CHARS, MAX_SESSION_FILES } from '../../../core/index.js';

const megabytes = (size: number) => `${Math.ceil(size / 1024 / 1024)} MB`;

/**
 * Refuses an import of more Markdown files, or more text, than one import
 * takes, saying how much there is and how much is allowed.
 */
export function checkImportSize(files: number, size: number): void {
  if (files > MAX_SESSION_FILES) {
    throw new AppError(
      'invalid_request',
      `The folder holds ${files} Markdown files; one import takes at most ${MAX_SESSION_FILES}.`,
    );
  }
  if (size > MAX_SESSION_CHARS) {
    throw new AppError(
      'invalid_request',
      `The Markdown files hold ${megabytes(size)} of text; one import takes at most ${megabytes(MAX_SESSION_CHARS)}.`,
    );
  }
}

/** Largest single file an import reads (a Word file with its images, an image). */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;
