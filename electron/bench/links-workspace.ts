import type { NewArticle, Workspace } from '../backend/index.js';
import { corpusArticles } from './corpus.js';
import { seededRandom } from './graph-workspace.js';

/** Share of later articles that also link to the hub article. */
const HUB_SHARE = 0.08;
/** Share of articles that mention an earlier title as plain text. */
const MENTION_SHARE = 0.3;
/** Characters that would make a title unusable as a link target. */
const NOT_A_TARGET = /[[\]|#\n]/;

/** The workspace the links benchmark works on: article ids in creation order and the much-linked one. */
export interface LinksWorkspace {
  ids: string[];
  /** Index in {@link ids} of the article that many others link to. */
  hub: number;
  links: number;
  mentions: number;
}

/** A corpus article: title and body. */
type TitledText = { title: string; body: string };

/** One link to `title` in one of the shapes writers use: plain, with display text, to a heading. */
function linkTo(title: string, random: () => number): string {
  const shape = random();
  if (shape < 0.6) return `[[${title}]]`;
  if (shape < 0.8) return `[[${title}|bài viết này]]`;
  return `[[${title}#Bối cảnh]]`;
}

/** Puts `line` after the first paragraph of `body`, so links sit inside the text, not only at its end. */
function insertAfterFirstParagraph(body: string, line: string): string {
  const end = body.indexOf('\n\n');
  return end < 0 ? `${body}\n\n${line}` : `${body.slice(0, end)}\n\n${line}${body.slice(end)}`;
}

/**
 * The articles with deterministic synthetic cross-references: article `i`
 * links to 0–5 earlier titles (some with `|display`, some with `#heading`),
 * later articles link to the hub with probability {@link HUB_SHARE}, and
 * about {@link MENTION_SHARE} of the articles name an earlier title unlinked.
 */
function withSyntheticLinks(inputs: readonly TitledText[], random: () => number, hub: number) {
  let links = 0;
  let mentions = 0;
  const articles = inputs.map((input, i): NewArticle => {
    const targets = new Set<number>();
    const count = i === 0 ? 0 : Math.floor(random() * 6);
    for (let k = 0; k < count; k++) targets.add(Math.floor(random() * i));
    if (i > hub && random() < HUB_SHARE) targets.add(hub);
    const usable = [...targets].filter((j) => !NOT_A_TARGET.test(inputs[j]!.title));
    links += usable.length;
    let body = input.body;
    if (usable.length > 0) {
      const line = `Xem thêm ${usable.map((j) => linkTo(inputs[j]!.title, random)).join(', ')}.`;
      body = insertAfterFirstParagraph(body, line);
    }
    if (i > 0 && random() < MENTION_SHARE) {
      mentions++;
      body = `${body}\n\nBài “${inputs[Math.floor(random() * i)]!.title}” cũng nói về điều này.`;
    }
    return { title: input.title, body };
  });
  return { articles, links, mentions };
}

/**
 * Fills an empty workspace with `count` corpus articles (the corpus repeats
 * when shorter, with varied titles: see `variedTitle`) and synthetic links, created
 * in corpus order so that "earlier" follows the corpus.
 */
export async function fillLinksWorkspace(
  workspace: Workspace,
  corpus: string,
  count: number,
  seed: number,
): Promise<LinksWorkspace> {
  const inputs: TitledText[] = await corpusArticles(corpus, count);
  const hub = Math.max(
    0,
    inputs.findIndex((input, i) => i >= Math.min(10, count - 1) && !NOT_A_TARGET.test(input.title)),
  );
  const linked = withSyntheticLinks(inputs, seededRandom(seed), hub);
  const created = await workspace.services.articles.createMany(linked.articles, 8);
  const ids = created.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value.id;
  });
  return { ids, hub, links: linked.links, mentions: linked.mentions };
}
