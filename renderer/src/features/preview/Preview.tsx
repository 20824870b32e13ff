import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Bibliography } from '../citations/Bibliography.js';
import { onPreviewClick, usePreviewLinkStatus } from '../links/preview-links.js';
import type { Section } from './sections.js';

/** Below this many characters the whole article is drawn at once. */
const DRAW_ALL_BELOW = 60_000;
/** Sections this many places around the ones in view are drawn too. */
const AROUND = 3;
/** A section not drawn yet takes about this much height per character, in px (lines of ~80 characters). */
const PX_PER_CHAR = 27 / 80;

/** One rendered section; React keeps its DOM while its text is unchanged. */
const SectionView = memo(function SectionView({ html, index }: { html: string; index: number }) {
  // Sanitized by DOMPurify with the app's strict configuration (core pipeline, see markdown.ts).
  return <div className="preview-section" data-section={index} dangerouslySetInnerHTML={{ __html: html }} />;
});

/** A section not drawn yet: as high as its text will be, so the scroll bar is right. */
const Pending = memo(function Pending({ length, index }: { length: number; index: number }) {
  return (
    <div
      className="preview-section pending"
      data-section={index}
      style={{ minHeight: Math.max(27, Math.round(length * PX_PER_CHAR)) }}
    />
  );
});

/**
 * Which sections are in or near the view of the preview: a long article
 * draws only those (and keeps what it drew), so opening or editing a 5 MB
 * article never renders all of it.
 */
function useSectionsInView(root: RefObject<HTMLElement | null>, lazy: boolean, sections: Section[]) {
  const [range, setRange] = useState({ from: 0, to: 20 });
  useEffect(() => {
    const element = root.current;
    if (!lazy || !element) return;
    const inView = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.section);
          if (entry.isIntersecting) inView.add(index);
          else inView.delete(index);
        }
        if (inView.size === 0) return;
        const from = Math.min(...inView);
        const to = Math.max(...inView);
        setRange((current) => (current.from === from && current.to === to ? current : { from, to }));
      },
      { root: element, rootMargin: '100% 0px' },
    );
    // Observed anew whenever the drawn elements change: each observer starts from what is in view now.
    for (const child of element.querySelectorAll('[data-section]')) observer.observe(child);
    return () => observer.disconnect();
  }, [root, lazy, sections, range]);
  return range;
}

/** The rendered article (its HTML comes only from the sanitizing core pipeline); wiki-links open their target. */
export function Preview({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const lazy = sections.reduce((sum, section) => sum + section.length, 0) >= DRAW_ALL_BELOW;
  const range = useSectionsInView(root, lazy, sections);
  usePreviewLinkStatus(root, sections);
  return (
    <article
      ref={root}
      className="preview"
      aria-label={t('preview.label')}
      tabIndex={0}
      onClick={onPreviewClick}
    >
      {sections.map((section, index) =>
        !lazy || section.ready || (index >= range.from - AROUND && index <= range.to + AROUND) ? (
          <SectionView key={section.key} html={section.html} index={index} />
        ) : (
          <Pending key={section.key} length={section.length} index={index} />
        ),
      )}
      <Bibliography rendered={sections} />
    </article>
  );
}
