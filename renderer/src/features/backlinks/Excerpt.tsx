import type { LinkContext } from '../../../../core/model/links.js';

/** The sentence around a link or mention, with the link or mention itself highlighted. */
export function Excerpt({ context }: { context: LinkContext }) {
  const { text, mark } = context;
  return (
    <q className="excerpt">
      {context.clippedStart && '…'}
      {text.slice(0, mark.from)}
      <mark>{text.slice(mark.from, mark.to)}</mark>
      {text.slice(mark.to)}
      {context.clippedEnd && '…'}
    </q>
  );
}
