import type { SnippetSegment } from '../../../../core/search/types.js';

/** Text with the matched words in `<mark>`; segments are plain text, never HTML. */
export function Segments(props: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {props.segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
