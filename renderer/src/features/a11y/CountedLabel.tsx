import i18next from 'i18next';
import type { ReactNode } from 'react';

const MARK = '\u0000';

/** A piece of a {@link CountedLabel}: shown, or only read. */
type Piece = { shown: ReactNode } | { read: string };

/**
 * Lays out a translated sentence (`{{status}}: {{count}} articles`) with its
 * name and count visible and the words around them visually hidden. The
 * accessible name is then the visible text with those words added, so it
 * always contains what is seen (WCAG 2.5.3, "label in name") and speech input
 * works with what the writer reads on the screen.
 */
export function countedPieces(
  sentence: string,
  name: { key: string; text: string },
  count: { value: number; node: ReactNode },
): Piece[] {
  const text = i18next.t(sentence, { [name.key]: `${MARK}${name.text}${MARK}`, count: count.value });
  const [before = '', shownName = '', after = ''] = text.split(MARK);
  const pieces: Piece[] = [];
  const place = (literal: string, last: boolean) => {
    const number = String(count.value);
    const at = last ? literal.lastIndexOf(number) : -1;
    if (at < 0) {
      if (literal) pieces.push({ read: literal });
      return;
    }
    if (at > 0) pieces.push({ read: literal.slice(0, at) });
    pieces.push({ shown: count.node });
    if (at + number.length < literal.length) pieces.push({ read: literal.slice(at + number.length) });
  };
  place(before, false);
  pieces.push({ shown: shownName });
  place(after, true);
  return pieces;
}

/** A button's content from {@link countedPieces}. */
export function CountedLabel(props: {
  sentence: string;
  name: { key: string; text: string; className?: string };
  count: { value: number; className?: string };
}) {
  const pieces = countedPieces(props.sentence, props.name, {
    value: props.count.value,
    node: <span className={props.count.className ?? 'count'}>{props.count.value}</span>,
  });
  return (
    <>
      {pieces.map((piece, index) =>
        'shown' in piece ? (
          typeof piece.shown === 'string' ? (
            <span key={index} className={props.name.className}>
              {piece.shown}
            </span>
          ) : (
            <span key={index} className="counted-value">
              {piece.shown}
            </span>
          )
        ) : (
          <span key={index} className="visually-hidden">
            {piece.read}
          </span>
        ),
      )}
    </>
  );
}
