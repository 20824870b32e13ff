import { z } from 'zod';
import { ID_PATTERN } from '../ids.js';
import { MAX_CHUNK_CHARS, MAX_CHUNK_FILES, MAX_SESSION_CHARS, MAX_SESSION_FILES } from './import-contract.js';

/** Longest relative path of an imported file. */
export const MAX_IMPORT_PATH = 1_000;

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
    files: z
      .array(z.strictObject({ path: z.string().min(1).max(MAX_IMPORT_PATH), text: z.string() }))
      .min(1)
      .max(MAX_CHUNK_FILES)
      .refine(
        (files) => files.reduce((sum, file) => sum + file.text.length, 0) <= MAX_CHUNK_CHARS,
        `a chunk holds at most ${MAX_CHUNK_CHARS} characters`,
      ),
  }),
  'import:commit': session,
  'import:status': session,
  'import:cancel': session,
  'import:chooseFolder': z.strictObject({}),
} as const;
