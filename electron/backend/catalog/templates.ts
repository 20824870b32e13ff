import {
  AppError,
  formatDay,
  instantiateTemplate,
  nfc,
  type Article,
  type RequestOf,
  type Template,
  type TemplateValues,
} from '../../../core/index.js';
import { assertWritable, freshId, notFound, type CatalogContext } from './context.js';

/** The workspace's templates, in the order they were made. */
export function listTemplates(context: CatalogContext): Template[] {
  return context.docs.catalog.data.templates.map((template) => ({ ...template }));
}

/** Saves a template: a new one without `id`, else a replacement of that template. */
export async function saveTemplate(
  context: CatalogContext,
  request: RequestOf<'templates:save'>,
): Promise<Template> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  const template: Template = {
    id: request.id ?? freshId(),
    name: nfc(request.name),
    language: request.language,
    title: nfc(request.title),
    body: nfc(request.body),
  };
  let templates: Template[];
  if (request.id === undefined) templates = [...catalog.templates, template];
  else {
    if (!catalog.templates.some((candidate) => candidate.id === request.id))
      throw notFound('template', request.id);
    templates = catalog.templates.map((candidate) => (candidate.id === request.id ? template : candidate));
  }
  await context.docs.catalog.commit({ ...catalog, templates });
  return { ...template };
}

/** Deletes a template (articles made from it are untouched). */
export async function deleteTemplate(context: CatalogContext, id: string): Promise<{ id: string }> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  if (!catalog.templates.some((template) => template.id === id)) throw notFound('template', id);
  await context.docs.catalog.commit({
    ...catalog,
    templates: catalog.templates.filter((template) => template.id !== id),
  });
  return { id };
}

/** Today as `YYYY-MM-DD` on the local calendar. */
export function localDay(at: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Creates an article from a template: `{{date}}` is today in the template's
 * language, `{{claim}}` and `{{category}}` come from the claim (which the
 * article then answers), `{{title}}` from the request.
 */
export async function instantiate(
  context: CatalogContext,
  request: RequestOf<'templates:instantiate'>,
  today: string = localDay(),
): Promise<Article> {
  assertWritable(context);
  const { templates, categories } = context.docs.catalog.data;
  const template = templates.find((candidate) => candidate.id === request.templateId);
  if (template === undefined) throw notFound('template', request.templateId);
  const values: TemplateValues = { date: formatDay(today, template.language) };
  if (request.title !== undefined && request.title.trim() !== '') values.title = nfc(request.title.trim());
  if (request.claimId !== undefined) {
    const claim = context.docs.claims.data.claims.find((candidate) => candidate.id === request.claimId);
    if (claim === undefined) throw notFound('claim', request.claimId);
    values.claim = claim.statement;
    const category = categories.find((candidate) => candidate.id === claim.categoryId);
    if (category !== undefined) values.category = category.name[template.language];
  }
  const { title, body } = instantiateTemplate(template, values);
  if (title.length > 1_000)
    throw new AppError('invalid_request', 'The title made from the template is too long.');
  return context.articles.create({
    title,
    body,
    claimIds: request.claimId === undefined ? [] : [request.claimId],
  });
}
