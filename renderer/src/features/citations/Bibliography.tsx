import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BIBLIOGRAPHY_CLASS,
  buildBibliography,
  CITATION_ID_PREFIX,
  type BibliographySegment,
} from '../../../../core/citations/index.js';
import { useSources } from '../sources/store.js';
import { currentNumbering, sourceOf } from './preview-citations.js';

function Segment({ segment }: { segment: BibliographySegment }) {
  if (segment.style === 'italic') return <em>{segment.text}</em>;
  if (segment.style === 'link' && /^https?:\/\//i.test(segment.text)) {
    return (
      <a href={segment.text} target="_blank" rel="noopener noreferrer">
        {segment.text}
      </a>
    );
  }
  return <>{segment.text}</>;
}

/**
 * The article's bibliography under the preview: one entry per cited source,
 * numbered as the notes are across the whole article. `rendered` changes
 * whenever the preview's sections were rendered again.
 */
export function Bibliography({ rendered }: { rendered: unknown }) {
  const { t } = useTranslation();
  const sources = useSources((state) => state.sources);
  const entries = useMemo(
    () => buildBibliography(currentNumbering(), sourceOf),
    // The numbering is set when the sections render; `rendered` stands for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rendered, sources],
  );
  if (entries.length === 0) return null;
  return (
    <section className={`preview-section ${BIBLIOGRAPHY_CLASS}`} aria-labelledby="bibliography-title">
      <h2 id="bibliography-title">{t('citations.bibliography')}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.number} id={`${CITATION_ID_PREFIX}${entry.number}`} value={entry.number}>
            {entry.segments.map((segment, index) => (
              <Segment key={index} segment={segment} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
