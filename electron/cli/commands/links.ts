import type { LinkOccurrence } from '../../../core/index.js';
import { call, withWorkspace, type Command } from '../command.js';
import { json, UNTITLED } from '../format.js';
import { writtenTarget } from '../link-report.js';

/** One occurrence as `links --json` prints it: target id(s), title(s), line. */
function entry(link: LinkOccurrence) {
  return {
    kind: link.kind,
    target: link.target,
    ids: link.targets.map((target) => target.id),
    titles: link.targets.map((target) => target.title),
    line: link.line,
    heading: link.heading,
    display: link.display,
    status: link.status,
  };
}

const named = (title: string) => (title === '' ? UNTITLED : title);

/** `links ID [--json]`: the links out of and into one article, one entry per occurrence. */
export const linksCommand: Command = {
  name: 'links',
  summary: 'list the links of an article: outgoing, backlinks, broken, ambiguous',
  synopsis: 'links ID [--json]',
  details: ['--json   print {"outgoing","backlinks","broken","ambiguous"}, one entry per link in the text'],
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run(context) {
    const [id] = context.positionals as [string];
    const links = await withWorkspace(context, 'read', (workspace) =>
      call(workspace, 'links:forArticle', { id }),
    );
    const report = {
      outgoing: links.outgoing.map(entry),
      backlinks: links.backlinks.map((link) => ({
        id: link.sourceId,
        title: link.sourceTitle,
        line: link.line,
        target: link.target,
      })),
      broken: links.broken.map(entry),
      ambiguous: links.ambiguous.map(entry),
    };
    if (context.values.json === true) {
      context.io.stdout(json(report));
      return;
    }
    const lines = [
      `${report.outgoing.length} outgoing, ${report.backlinks.length} backlinks, ${report.broken.length} broken, ${report.ambiguous.length} ambiguous`,
      ...links.outgoing.map(
        (link) => `→ line ${link.line}: ${named(link.targets[0]!.title)} (${link.targets[0]!.id})`,
      ),
      ...links.backlinks.map((link) => `← ${named(link.sourceTitle)} (${link.sourceId}) line ${link.line}`),
      ...links.broken.map((link) => `✗ line ${link.line}: [[${writtenTarget(link)}]] names nothing`),
      ...links.ambiguous.map(
        (link) =>
          `? line ${link.line}: [[${writtenTarget(link)}]] names ${link.targets.map((t) => t.id).join(', ')}`,
      ),
    ];
    context.io.stdout(lines.join('\n') + '\n');
  },
};
