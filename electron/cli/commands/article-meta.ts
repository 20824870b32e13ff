import { ARTICLE_STATUSES, type ArticleStatus } from '../../../core/index.js';
import { call, UsageError, withWorkspace, type Command } from '../command.js';
import { json, tagLines } from '../catalog-format.js';

/** `tags [--json]`: the tag tree with counts. */
export const tagsCommand: Command = {
  name: 'tags',
  summary: 'print the tag tree with the number of articles under each tag',
  synopsis: 'tags [--json]',
  details: ['--json   print the tree as JSON (name, path, count, ownCount, color, children)'],
  options: { json: { type: 'boolean' } },
  positionals: [0, 0],
  async run(context) {
    const tree = await withWorkspace(context, 'read', (workspace) => call(workspace, 'tags:list', {}));
    context.io.stdout(
      context.values.json === true
        ? json(tree)
        : tagLines(tree)
            .map((line) => `${line}\n`)
            .join(''),
    );
  },
};

/** `tag ID TAG`: adds a tag to an article. */
export const tagCommand: Command = {
  name: 'tag',
  summary: 'add a tag to an article (nest with /: "chủ đề/tham nhũng")',
  synopsis: 'tag ID TAG',
  options: {},
  positionals: [2, 2],
  async run(context) {
    const [id, tag] = context.positionals as [string, string];
    const article = await withWorkspace(context, 'write', async (workspace) => {
      const current = await call(workspace, 'articles:get', { id });
      return call(workspace, 'articles:update', { id, tags: [...current.tags, tag] });
    });
    context.io.stdout(`Tags of ${id}: ${article.tags.join(', ')}\n`);
  },
};

/** `link-claim ARTICLE_ID CLAIM_ID`: records that an article answers a claim. */
export const linkClaimCommand: Command = {
  name: 'link-claim',
  summary: 'record that an article answers a claim',
  synopsis: 'link-claim ARTICLE_ID CLAIM_ID',
  options: {},
  positionals: [2, 2],
  async run(context) {
    const [id, claimId] = context.positionals as [string, string];
    await withWorkspace(context, 'write', async (workspace) => {
      const current = await call(workspace, 'articles:get', { id });
      return call(workspace, 'articles:update', { id, claimIds: [...current.claimIds, claimId] });
    });
    context.io.stdout(`${id} answers claim ${claimId}.\n`);
  },
};

/** `status ID STATUS`: moves an article through the editorial pipeline. */
export const statusCommand: Command = {
  name: 'status',
  summary: `set the status of an article (${ARTICLE_STATUSES.join(', ')})`,
  synopsis: 'status ID STATUS',
  options: {},
  positionals: [2, 2],
  async run(context) {
    const [id, status] = context.positionals as [string, string];
    if (!(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(
        `unknown status "${status}": use one of ${ARTICLE_STATUSES.join(', ')}`,
        statusCommand,
      );
    }
    await withWorkspace(context, 'write', (workspace) =>
      call(workspace, 'articles:setStatus', { ids: [id], status: status as ArticleStatus }),
    );
    context.io.stdout(`${id} is now ${status}.\n`);
  },
};
