import { useTranslation } from 'react-i18next';
import { daysUntil, deadlineUrgency, today } from './measures.js';

/** How near the deadline is: "due in 3 days", "due today", "2 days overdue"; nothing without a deadline. */
export function DeadlineBadge({ deadline, done }: { deadline: string | null; done: boolean }) {
  const { t } = useTranslation();
  if (deadline === null || done) return null;
  const days = daysUntil(deadline, today());
  const urgency = deadlineUrgency(days);
  const text =
    urgency === 'overdue'
      ? t('progress.overdue', { count: -days })
      : urgency === 'today'
        ? t('progress.dueToday')
        : t('progress.dueIn', { count: days });
  return (
    <span className={`badge deadline-badge deadline-${urgency}`} data-testid="deadline-badge">
      {text}
    </span>
  );
}
