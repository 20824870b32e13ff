import { z } from 'zod';

/** Longest URL, in characters. */
export const MAX_URL = 2_000;

/**
 * Raw input longer than this many times a field's limit is refused before it
 * is normalised: room for decomposed letters and surrounding white space,
 * none for megabytes.
 */
export const RAW_INPUT_FACTOR = 4;

/** A free text field: NFC, trimmed, at most `max` characters. */
export const textField = (max: number) =>
  z
    .string()
    .max(max * RAW_INPUT_FACTOR, { message: `at most ${max} characters`, abort: true })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, `at most ${max} characters`));

/** A non-empty free text field. */
export const requiredTextField = (max: number, what: string) =>
  textField(max).pipe(z.string().min(1, `${what} cannot be empty`));

/** A calendar date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when unknown. */
export const partialDateSchema = z
  .string()
  .max(64, { message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)', abort: true })
  .trim()
  .regex(
    /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/,
    'not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  );

/** `http(s)://host…` without white space or control characters; user names and passwords are refused. */
// eslint-disable-next-line no-control-regex
const WEB_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f/?#@]+(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/i;

/** An http(s) address, or empty. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL, { message: `at most ${MAX_URL} characters`, abort: true })
  .refine((url) => url === '' || WEB_URL.test(url), 'not an http(s) address');
