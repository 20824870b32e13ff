import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bibliography } from '../citations/Bibliography.js';
import { onPreviewClick, usePreviewLinkStatus } from '../links/preview-links.js';
import type { Section } from './sections.js';

/** One rendered section; React keeps its DOM while its text is unchanged. */
const SectionView = memo(function SectionView({ html }: { html: string }) {
  // Sanitized by DOMPurify with the app's strict configuration (core pipeline, see markdown.ts).
  return <div className="preview-section" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** The rendered article (its HTML comes only from the sanitizing core pipeline); wiki-links open their target. */
export function Preview({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  usePreviewLinkStatus(root, sections);
  return (
    <article
      ref={root}
      className="preview"
      aria-label={t('preview.label')}
      tabIndex={0}
      onClick={onPreviewClick}
    >
      {sections.map((section) => (
        <SectionView key={section.key} html={section.html} />
      ))}
      <Bibliography rendered={sections} />
    </article>
  );
}
