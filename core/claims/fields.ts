import { z } from 'zod';
import { isCalendarDate } from '../text/dates.js';

/** Longest URL, in characters. */
const MAX_URL = 2_000;

/**
 * Raw input longer than this many times a field's limit is refused before it
 * is normalised: room for decomposed letters and surrounding white space,
 * none for megabytes.
 */
const RAW_INPUT_FACTOR = 4;

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

const DATE_SHAPE = /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/;

/**
 * A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty, whether or
 * not the day exists: what stored files hold, since files written before
 * days were checked may hold `2024-02-31` and must still open. Requests use
 * {@link partialDateSchema}.
 */
export const storedPartialDateSchema = z
  .string()
  .max(64, { message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)', abort: true })
  .trim()
  .regex(DATE_SHAPE, 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)');

/**
 * A calendar date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * or empty when unknown; the day must exist (no 31 February, no 29
 * February of a common year). A refusal carries `params.reason`
 * `impossible_date` for the UI to name it.
 */
export const partialDateSchema = storedPartialDateSchema.refine(
  // A date of the wrong shape is refused once, by the shape.
  (date) => date === '' || !DATE_SHAPE.test(date) || isCalendarDate(date),
  { message: 'no such date', params: { reason: 'impossible_date' } },
);

/** `http(s)://host…` without white space or control characters; user names and passwords are refused. */
// eslint-disable-next-line no-control-regex
const WEB_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f/?#@]+(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/i;

/** Whether `url` (trimmed) is empty or has the form of an http(s) address the workspace stores (length aside). */
export function isWebUrlOrEmpty(url: string): boolean {
  const trimmed = url.trim();
  return trimmed === '' || WEB_URL.test(trimmed);
}

/** An http(s) address, or empty. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL, { message: `at most ${MAX_URL} characters`, abort: true })
  .refine(isWebUrlOrEmpty, { message: 'not an http(s) address', params: { reason: 'not_web_url' } });
