import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffStats, diffWords } from '../../../../core/history/diff.js';
import type { Language } from '../../../../core/model/settings.js';
import { localeOf } from '../../i18n/index.js';
import { collapseUnchanged } from './collapse.js';

/**
 * A word-level diff of two texts. Added words are underlined and removed
 * words struck through (not only coloured), inside `<ins>`/`<del>` with
 * hidden words that tell a screen reader where each change starts and ends.
 */
export function DiffView(props: {
  before: string;
  after: string;
  language: Language;
  /** Shorten long unchanged runs to the text around the changes. */
  collapse: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWords(props.before, props.after), [props.before, props.after]);
  const stats = useMemo(() => diffStats(parts), [parts]);
  const shown = useMemo(() => (props.collapse ? collapseUnchanged(parts) : parts), [parts, props.collapse]);
  const number = new Intl.NumberFormat(localeOf(props.language));
  const changed = parts.some((part) => part.kind !== 'same');

  return (
    <figure className="diff" aria-label={props.label}>
      <figcaption className="diff-stats">
        {changed
          ? t('history.diffStats', {
              added: number.format(stats.added),
              removed: number.format(stats.removed),
            })
          : t('history.noChanges')}
      </figcaption>
      <div className="diff-text">
        {shown.map((part, index) => {
          if (part.kind === 'gap') {
            return (
              <span key={index} className="diff-gap">
                {t('history.gap', { count: part.hidden, formatted: number.format(part.hidden) })}
              </span>
            );
          }
          if (part.kind === 'same') return <span key={index}>{part.text}</span>;
          const Tag = part.kind === 'added' ? 'ins' : 'del';
          return (
            <Tag key={index} className={`diff-${part.kind}`}>
              <span className="visually-hidden">{t(`history.${part.kind}Start`)}</span>
              {part.text}
              <span className="visually-hidden">{t(`history.${part.kind}End`)}</span>
            </Tag>
          );
        })}
      </div>
    </figure>
  );
}
