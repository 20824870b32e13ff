import type { Language } from '../model/settings.js';
import { TEMPLATE_VARIABLES, type Template, type TemplateValues, type TemplateVariable } from './types.js';

const VARIABLE = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/**
 * `text` with every `{{name}}` (spaces inside the braces allowed) replaced by
 * its value. A variable without a value, and any name that is not a
 * variable, stays as written, so the writer sees what is left to fill in.
 */
function expandVariables(text: string, values: TemplateValues): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const key = name.toLowerCase() as TemplateVariable;
    const value = TEMPLATE_VARIABLES.includes(key) ? values[key] : undefined;
    return value ?? whole;
  });
}

/** The variable names `text` uses that are not template variables (for a warning while editing). */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1]!;
    if (!TEMPLATE_VARIABLES.includes(name.toLowerCase() as TemplateVariable)) unknown.add(name);
  }
  return [...unknown];
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar day `YYYY-MM-DD` as a writer of `language` writes it: `03/12/2026`, `3 December 2026`. */
export function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split('-');
  if (language === 'vi') return `${date}/${month}/${year}`;
  return `${Number(date)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}

/**
 * The title and body of a new article from `template`. The title is
 * expanded first (with `{{title}}` as given, if given); the body then sees
 * the expanded title as `{{title}}`.
 */
export function instantiateTemplate(
  template: Pick<Template, 'title' | 'body'>,
  values: TemplateValues,
): { title: string; body: string } {
  const title = expandVariables(template.title, values).trim();
  const body = expandVariables(template.body, { ...values, title });
  return { title, body };
}
