import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n/index.js';
import { useEditor } from '../editor/store.js';
import { usePreview } from '../preview/store.js';
import { useSettings } from '../settings/store.js';
import { readingMinutes, targetProgress } from './measures.js';
import { ProgressRing } from './ProgressRing.js';
import { followWritingStats, useWritingStats } from './store.js';

/** The footer's measures: words (against the target, with a ring), reading time, words written today. */
export function WritingProgress() {
  const { t } = useTranslation();
  const words = usePreview((state) => state.wordCount);
  const target = useEditor((state) => state.article?.wordTarget ?? null);
  const todayWords = useWritingStats((state) => state.todayWords);
  const language = useSettings((state) => state.language);
  useEffect(() => followWritingStats(), []);
  const number = new Intl.NumberFormat(localeOf(language));
  const progress = targetProgress(words, target);
  const minutes = readingMinutes(words);

  return (
    <span className="writing-progress">
      {target === null ? (
        <span className="word-count">
          {t('status.words', { count: words, formatted: number.format(words) })}
        </span>
      ) : (
        <span
          className="word-count word-target"
          role="progressbar"
          aria-label={t('progress.target')}
          aria-valuemin={0}
          aria-valuemax={target}
          aria-valuenow={Math.min(words, target)}
          aria-valuetext={t('progress.ofTarget', {
            words: number.format(words),
            target: number.format(target),
            percent: Math.round(progress * 100),
          })}
        >
          <ProgressRing progress={progress} />
          {t('progress.ofTarget', {
            words: number.format(words),
            target: number.format(target),
            percent: Math.round(progress * 100),
          })}
        </span>
      )}
      <span className="reading-time">{t('progress.readingTime', { count: minutes })}</span>
      <span className="today-words">
        {t('progress.today', { count: todayWords, formatted: number.format(todayWords) })}
      </span>
    </span>
  );
}
