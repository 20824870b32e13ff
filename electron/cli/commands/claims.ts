import { AppError, fold, type Category } from '../../../core/index.js';
import { call, UsageError, withWorkspace, type Command } from '../command.js';
import { json, table } from '../catalog-format.js';

/** A name as the CLI compares it: folded (case, tone marks, `đ`), punctuation as spaces. */
const nameKey = (name: string) =>
  fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The category `wanted` names: its id, or its Vietnamese or English name
 * ignoring case, tone marks and punctuation.
 */
function findCategory(categories: readonly Category[], wanted: string): Category {
  const byId = categories.find((category) => category.id === wanted);
  if (byId !== undefined) return byId;
  const key = nameKey(wanted);
  const matches = categories.filter(
    (category) => nameKey(category.name.vi) === key || nameKey(category.name.en) === key,
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new AppError(
      'invalid_request',
      `"${wanted}" names several categories: ${matches.map((c) => c.id).join(', ')}.`,
    );
  }
  throw new AppError(
    'not_found',
    `No category "${wanted}". Categories: ${categories.map((category) => `${category.id} (${category.name.vi})`).join('; ')}.`,
  );
}

/** `claims list [--json]`, `claims add --statement S --category C` and `claims rename ID --statement S`. */
export const claimsCommand: Command = {
  name: 'claims',
  summary: 'list the claims, add one, or change a statement (rewriting the links to it)',
  synopsis: 'claims list [--json] | claims add --statement S --category C | claims rename ID --statement S',
  details: [
    '--json           print the list as JSON (id, statement, categoryId, category, status)',
    '--statement S    the statement of the new claim, or the new statement (rename)',
    '--category C     its category: an id, or a name (case, tone marks and punctuation ignored)',
  ],
  options: { json: { type: 'boolean' }, statement: { type: 'string' }, category: { type: 'string' } },
  positionals: [1, 2],
  async run(context) {
    const [action, id] = context.positionals as [string, string | undefined];
    if (action !== 'rename' && id !== undefined) {
      throw new UsageError(`claims ${action} takes no ID`, claimsCommand);
    }
    const { statement, category } = context.values;
    if (action === 'list') {
      if (statement !== undefined || category !== undefined) {
        throw new UsageError('claims list takes no --statement or --category', claimsCommand);
      }
      const [claims, categories] = await withWorkspace(context, 'read', (workspace) =>
        Promise.all([call(workspace, 'claims:list', {}), call(workspace, 'categories:list', {})]),
      );
      const names = new Map(categories.map((entry) => [entry.id, entry.name.vi]));
      const rows = claims.map((claim) => ({
        id: claim.id,
        statement: claim.statement,
        categoryId: claim.categoryId,
        category: names.get(claim.categoryId) ?? '',
        status: claim.status,
      }));
      context.io.stdout(
        context.values.json === true
          ? json(rows)
          : table(
              ['ID', 'STATUS', 'CATEGORY', 'STATEMENT'],
              rows.map((row) => [row.id, row.status, row.category, row.statement]),
            ),
      );
      return;
    }
    if (action === 'rename') {
      if (id === undefined || typeof statement !== 'string' || category !== undefined) {
        throw new UsageError('claims rename needs ID and --statement S', claimsCommand);
      }
      const outcome = await withWorkspace(context, 'write', (workspace) =>
        call(workspace, 'links:renameClaim', { id, statement }),
      );
      context.io.stdout(
        `Statement changed to "${outcome.claim.statement}": ${outcome.linksChanged} links changed in ${outcome.articlesChanged} articles (undo: ${outcome.renameId}).\n`,
      );
      return;
    }
    if (action !== 'add') {
      throw new UsageError(`unknown action "${action}": use list, add or rename`, claimsCommand);
    }
    if (typeof statement !== 'string' || typeof category !== 'string') {
      throw new UsageError('claims add needs --statement S and --category C', claimsCommand);
    }
    const claim = await withWorkspace(context, 'write', async (workspace) => {
      const chosen = findCategory(await call(workspace, 'categories:list', {}), category);
      return call(workspace, 'claims:create', { statement, categoryId: chosen.id });
    });
    context.io.stdout(`${claim.id}\n`);
  },
};

/** `categories [--json]`: the claim taxonomy, in order. */
export const categoriesCommand: Command = {
  name: 'categories',
  summary: 'list the claim categories',
  synopsis: 'categories [--json]',
  details: ['--json   print the categories as JSON (id, name, nameEn)'],
  options: { json: { type: 'boolean' } },
  positionals: [0, 0],
  async run(context) {
    const categories = await withWorkspace(context, 'read', (workspace) =>
      call(workspace, 'categories:list', {}),
    );
    const rows = categories.map((category) => ({
      id: category.id,
      name: category.name.vi,
      nameEn: category.name.en,
    }));
    context.io.stdout(
      context.values.json === true
        ? json(rows)
        : table(
            ['ID', 'NAME'],
            rows.map((row) => [row.id, row.name]),
          ),
    );
  },
};
