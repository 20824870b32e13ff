import type { Language } from '../model/settings.js';

/** An article template: a title and a body with `{{variables}}`, in one language. */
export interface Template {
  id: string;
  name: string;
  language: Language;
  /** The new article's title, variables allowed. */
  title: string;
  /** The new article's markdown, variables allowed. */
  body: string;
}

/** The variables a template may use. */
export const TEMPLATE_VARIABLES = ['title', 'date', 'claim', 'category'] as const;

/** One of {@link TEMPLATE_VARIABLES}. */
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Values for the variables; a variable without one stays as written, for the writer to fill in. */
export type TemplateValues = Partial<Record<TemplateVariable, string>>;
