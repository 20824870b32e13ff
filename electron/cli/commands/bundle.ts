import type { BundleItemPlan, BundlePreview } from '../../../core/index.js';
import { UsageError, withWorkspace, type Command } from '../command.js';
import { json } from '../format.js';

const ACTIONS: Record<BundleItemPlan['action'], string> = {
  add: 'new',
  identical: 'identical',
  keep: 'older than here',
  take: 'newer, taken',
  held: 'already held as a conflict copy',
  updateCopy: 'newer conflict copy, taken into the copy',
  conflict: 'changed on both sides: kept both',
};

function describePlan(items: readonly BundleItemPlan[]): string[] {
  return items.map((item) => `  ${item.kind} ${item.id} "${item.label}": ${ACTIONS[item.action]}`);
}

function describePreview(preview: BundlePreview): string {
  const { counts } = preview;
  return [
    `Bundle ${preview.name}: made ${preview.createdAt}${preview.from === '' ? '' : ` by ${preview.from}`}`,
    `${counts.articles} articles, ${counts.claims} claims, ${counts.sources} sources, ${counts.revisions} revisions, ${counts.images} images`,
    ...describePlan(preview.items),
    '',
  ].join('\n');
}

/**
 * `bundle create --out FILE (--ids ID,… | --query Q)`, `bundle apply FILE
 * [--dry-run]`, `bundle conflicts`: exchange articles between offline machines.
 */
export const bundleCommand: Command = {
  name: 'bundle',
  summary:
    'make an exchange bundle of articles, apply one received (merging by revision history), list conflicts',
  synopsis:
    'bundle create --out FILE (--ids ID,ID… | --query Q) [--json] | bundle apply FILE [--dry-run] [--json] | bundle conflicts [--json]',
  details: [
    'create --out FILE   the bundle file to write (.rdbundle): the articles with the claims, sources, tag',
    '                    colours, revisions and images they use, checksummed',
    '--ids ID,ID…        the articles, by id (comma-separated)',
    '--query Q           the articles a search finds (same syntax as `search`)',
    'apply FILE          merge a received bundle by id: new items added, identical skipped, an item changed',
    '                    on one side only takes that version (the other kept in history), an item changed',
    '                    on both sides is kept twice (the received one as a conflict copy); all or nothing',
    '--dry-run           check the bundle and print what applying it would do; change nothing',
    'conflicts           the conflict copies bundles left',
    '--json              print the result as JSON',
  ],
  options: {
    out: { type: 'string' },
    ids: { type: 'string' },
    query: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: [1, 2],
  async run(context) {
    const [action, file] = context.positionals as [string, string | undefined];
    const asJson = context.values.json === true;
    if (action === 'create') {
      const out = context.values.out;
      const ids =
        typeof context.values.ids === 'string'
          ? context.values.ids
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean)
          : undefined;
      const query = typeof context.values.query === 'string' ? context.values.query : undefined;
      if (typeof out !== 'string' || file !== undefined)
        throw new UsageError('bundle create needs --out FILE and no other argument', bundleCommand);
      if ((ids === undefined) === (query === undefined))
        throw new UsageError('bundle create needs --ids or --query (one of them)', bundleCommand);
      const { result } = await withWorkspace(context, 'write', async (workspace) =>
        workspace.services.bundles.make(
          await workspace.services.bundles.idsOf({ ...(ids ? { ids } : {}), ...(query ? { query } : {}) }),
          { kind: 'path', path: out },
        ),
      );
      const counts = result.bundle!;
      context.io.stdout(
        asJson
          ? json(result)
          : `Wrote ${result.writtenTo}: ${counts.articles} articles, ${counts.claims} claims, ${counts.sources} sources, ${counts.revisions} revisions, ${counts.images} images.\n`,
      );
      return;
    }
    if (action === 'apply') {
      if (file === undefined) throw new UsageError('bundle apply needs the bundle FILE', bundleCommand);
      const dryRun = context.values['dry-run'] === true;
      await withWorkspace(context, dryRun ? 'read' : 'write', async (workspace) => {
        const preview = await workspace.services.bundles.open(file);
        if (dryRun) {
          context.io.stdout(asJson ? json(preview) : describePreview(preview));
          return;
        }
        const outcome = await workspace.services.bundles.apply(preview.receiveId);
        if (asJson) {
          context.io.stdout(json(outcome));
          return;
        }
        const s = outcome.summary;
        context.io.stdout(
          [
            `Applied ${preview.name}: ${s.add} new, ${s.take + s.updateCopy} updated, ${s.identical + s.keep + s.held} unchanged, ${s.conflict} conflicts kept as copies; ${outcome.revisions} revisions, ${outcome.images} images.`,
            ...outcome.conflicts.map(
              (c) =>
                `conflict: ${c.kind} "${c.originalLabel}" (${c.originalId}) — the received version is ${c.copyId}`,
            ),
            '',
          ].join('\n'),
        );
      });
      return;
    }
    if (action === 'conflicts') {
      const conflicts = await withWorkspace(context, 'read', (workspace) =>
        workspace.services.bundles.conflicts(),
      );
      if (asJson) context.io.stdout(json(conflicts));
      else
        context.io.stdout(
          conflicts.length === 0
            ? 'No conflicts.\n'
            : conflicts
                .map(
                  (c) =>
                    `${c.resolved ? 'resolved' : 'open'}  ${c.kind} "${c.originalLabel}" ${c.originalId} ⇄ ${c.copyId} (${c.bundle}, ${c.at})`,
                )
                .join('\n') + '\n',
        );
      return;
    }
    throw new UsageError(`unknown action "${action}": create, apply or conflicts`, bundleCommand);
  },
};
