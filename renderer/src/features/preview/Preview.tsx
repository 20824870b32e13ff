import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from './sections.js';

/** One rendered section; React keeps its DOM while its text is unchanged. */
const SectionView = memo(function SectionView({ html }: { html: string }) {
  // Sanitized by DOMPurify with the app's strict configuration (core pipeline, see markdown.ts).
  return <div className="preview-section" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** The rendered article; its HTML comes only from the sanitizing core pipeline. */
export function Preview({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  return (
    <article className="preview" aria-label={t('preview.label')} tabIndex={0}>
      {sections.map((section) => (
        <SectionView key={section.key} html={section.html} />
      ))}
    </article>
  );
}
