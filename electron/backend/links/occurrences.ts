import type {
  Excerpt,
  LinkContext,
  LinkKind,
  LinkOccurrence,
  LinkResolver,
  LinkTargetRef,
  WikiLink,
} from '../../../core/index.js';
import type { LinkIndex } from './link-index.js';

/** The title of a link target: an article's title, or a claim's statement. */
export type TargetTitle = (id: string, kind: LinkKind) => string;

/** {@link TargetTitle} over the link index: articles by their metadata, claims by the catalog. */
export function targetTitles(index: LinkIndex): TargetTitle {
  return (id, kind) => (kind === 'claim' ? index.claims.statementOf(id) : (index.meta(id)?.title ?? ''));
}

/** The link occurrence the contract sends for one parsed link found in article `sourceId`. */
export function occurrenceOf(
  link: WikiLink,
  resolver: LinkResolver,
  sourceId: string,
  titleOf: TargetTitle,
): LinkOccurrence {
  const resolution = resolver.resolve(link, sourceId);
  const ref = (id: string): LinkTargetRef => ({ id, title: titleOf(id, link.kind) });
  const targets =
    resolution.status === 'resolved'
      ? [ref(resolution.id)]
      : resolution.status === 'ambiguous'
        ? resolution.candidates.map(ref)
        : [];
  return {
    kind: link.kind,
    target: link.target,
    line: link.line,
    from: link.from,
    to: link.to,
    heading: link.heading ?? null,
    display: link.alias ?? null,
    embed: link.embed,
    status: resolution.status,
    targets,
  };
}

/** The contract's form of a sentence excerpt. */
export function contextOf(excerpt: Excerpt): LinkContext {
  return {
    text: excerpt.text,
    mark: { from: excerpt.mark.from, to: excerpt.mark.to },
    clippedStart: excerpt.clippedStart,
    clippedEnd: excerpt.clippedEnd,
  };
}

/** Splits occurrences the way `links:forArticle` and `links ID --json` list them. */
export function byStatus(occurrences: readonly LinkOccurrence[]): {
  outgoing: LinkOccurrence[];
  broken: LinkOccurrence[];
  ambiguous: LinkOccurrence[];
} {
  return {
    outgoing: occurrences.filter((link) => link.status === 'resolved'),
    broken: occurrences.filter((link) => link.status === 'broken' || link.status === 'attachment'),
    ambiguous: occurrences.filter((link) => link.status === 'ambiguous'),
  };
}
