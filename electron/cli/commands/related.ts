import { call, withWorkspace, type Command } from '../command.js';
import { json, UNTITLED } from '../format.js';

/** `related ID [--json]`: similar earlier articles and articles answering the same claims. */
export const relatedCommand: Command = {
  name: 'related',
  summary: 'list the 5 most similar earlier articles and those answering the same claims',
  synopsis: 'related ID [--json]',
  details: ['--json   print {"similar":[{"id","title","score"}],"sameClaims":[{"id","title"}]}'],
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    const related = await withWorkspace(context, 'read', (workspace) =>
      call(workspace, 'links:related', { id }),
    );
    if (context.values.json === true) {
      context.io.stdout(json(related));
      return;
    }
    const lines = [
      ...related.similar.map((item) => `${item.score.toFixed(3)}  ${item.id}  ${item.title || UNTITLED}`),
      ...related.sameClaims.map((item) => `claim  ${item.id}  ${item.title || UNTITLED}`),
    ];
    context.io.stdout(lines.length === 0 ? 'No related articles.\n' : lines.join('\n') + '\n');
  },
};
