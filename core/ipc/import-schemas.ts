import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { MAX_CHUNK_CHARS, MAX_CHUNK_FILES, MAX_SESSION_CHARS, MAX_SESSION_FILES } from './import-contract.js';

/** Longest relative path of an imported file. */
export const MAX_IMPORT_PATH = 1_000;
/** Longest title a renamed imported file may get. */
const MAX_IMPORT_TITLE = 1_000;

const sessionId = z.string().regex(ID_PATTERN, 'not an import session id');
const session = z.strictObject({ sessionId });

/** Request schemas of the import session channels. */
export const importRequestSchemas = {
  /** Opens a session for at most `files` files holding at most `bytes` bytes in all. */
  'import:begin': z.strictObject({
    files: z.number().int().min(1).max(MAX_SESSION_FILES, `at most ${MAX_SESSION_FILES} files per import`),
    bytes: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_SESSION_CHARS, `at most ${MAX_SESSION_CHARS} bytes per import`),
  }),
  /** One chunk of files; paths as for `import:markdown`. */
  'import:add': z.strictObject({
    sessionId,
    /** Markdown files come as `text`; Word files and images as base64 `data`. */
    files: z
      .array(
        z.union([
          z.strictObject({ path: z.string().min(1).max(MAX_IMPORT_PATH), text: z.string() }),
          z.strictObject({
            path: z.string().min(1).max(MAX_IMPORT_PATH),
            data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
          }),
          /** A large file sent before with `uploads:begin` and `uploads:add`. */
          z.strictObject({
            path: z.string().min(1).max(MAX_IMPORT_PATH),
            uploadId: z.string().regex(ID_PATTERN),
          }),
        ]),
      )
      .min(1)
      .max(MAX_CHUNK_FILES)
      .refine(
        (files) =>
          files.reduce(
            (sum, file) => sum + ('text' in file ? file.text.length : 'data' in file ? file.data.length : 0),
            0,
          ) <= MAX_CHUNK_CHARS,
        `a chunk holds at most ${MAX_CHUNK_CHARS} characters`,
      ),
  }),
  /** Writes the session; `choices` say what to do with each file whose title an article already has (default: rename). */
  'import:commit': z.strictObject({
    sessionId,
    choices: z
      .record(
        z.string().min(1).max(MAX_IMPORT_PATH),
        z.discriminatedUnion('action', [
          z.strictObject({
            action: z.literal('rename'),
            title: z.string().trim().min(1).max(MAX_IMPORT_TITLE),
          }),
          z.strictObject({ action: z.literal('merge'), into: z.string().regex(ID_PATTERN) }),
          z.strictObject({ action: z.literal('skip') }),
        ]),
      )
      .default({}),
  }),
  'import:status': session,
  'import:cancel': session,
  /** The desktop app asks for a folder, or for Markdown and Word files (`files`). */
  'import:chooseFolder': z.strictObject({ kind: z.enum(['folder', 'files']).default('folder') }),
} as const;
