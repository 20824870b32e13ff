import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../../core/model/history.js';
import type { Language } from '../../../../core/model/settings.js';
import { useEditor } from '../editor/store.js';
import { useSessionText } from '../editor/use-session-text.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { DiffView } from './DiffView.js';
import { orderForDiff, type HistoryRow } from './rows.js';
import { useSettledValue } from './settled.js';
import { useHistory } from './store.js';

const SETTLE_MS = 700;

/** The selected version: what to compare it with, the word diff, and Restore. */
export function Comparison(props: {
  rows: HistoryRow[];
  language: Language;
  formatTime: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const selectedId = useHistory((state) => state.selectedId);
  const compareWith = useHistory((state) => state.compareWith);
  const texts = useHistory((state) => state.texts);
  const busy = useHistory((state) => state.busy);
  const liveTitle = useEditor((state) => state.title);
  const currentTitle = useSettledValue(liveTitle, SETTLE_MS);
  const currentBody = useSessionText(SETTLE_MS);
  const [collapse, setCollapse] = useState(true);
  const [confirming, setConfirming] = useState(false);

  const meta = props.rows.find((row) => row.revision.id === selectedId)?.revision;
  if (!selectedId || !meta) return null;
  const selected = texts[selectedId];
  const otherId = compareWith === 'current' ? null : compareWith.revisionId;
  const other = otherId === null ? null : texts[otherId];
  const versionName = (revision: { at: string }) =>
    t('history.versionOf', { time: props.formatTime(revision.at) });
  const { before, after } = selected && other !== undefined ? orderForDiff<Revision>(selected, other) : {};
  const nameOf = (revision: Revision | null | undefined) =>
    revision ? versionName(revision) : t('history.currentText');

  return (
    <section className="comparison" aria-label={t('history.comparison')}>
      <label className="field">
        <span>{t('history.compareWith')}</span>
        <select
          value={otherId ?? ''}
          onChange={(event) =>
            void useHistory
              .getState()
              .setCompare(event.target.value === '' ? 'current' : { revisionId: event.target.value })
          }
        >
          <option value="">{t('history.currentText')}</option>
          {props.rows
            .filter((row) => row.revision.id !== selectedId)
            .map((row) => (
              <option key={row.revision.id} value={row.revision.id}>
                {versionName(row.revision)}
                {row.revision.label ? ` — ${row.revision.label}` : ''}
              </option>
            ))}
        </select>
      </label>
      <label className="field inline">
        <input type="checkbox" checked={!collapse} onChange={(event) => setCollapse(!event.target.checked)} />
        <span>{t('history.showWhole')}</span>
      </label>
      {before === undefined ? (
        <p aria-busy="true">{t('history.loadingText')}</p>
      ) : (
        <>
          {(before?.title ?? currentTitle) !== (after?.title ?? currentTitle) && (
            <DiffView
              before={before?.title ?? currentTitle}
              after={after?.title ?? currentTitle}
              language={props.language}
              collapse={false}
              label={t('history.titleDiff')}
            />
          )}
          <DiffView
            before={before?.body ?? currentBody}
            after={after?.body ?? currentBody}
            language={props.language}
            collapse={collapse}
            label={t('history.diffLabel', { from: nameOf(before), to: nameOf(after) })}
          />
        </>
      )}
      <button type="button" className="button" disabled={busy !== null} onClick={() => setConfirming(true)}>
        {busy === 'restoring' ? t('history.restoring') : t('history.restore')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('history.restoreTitle')}
          message={t('history.restoreMessage', { time: props.formatTime(meta.at) })}
          confirmLabel={t('history.restoreConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void useHistory.getState().restore(selectedId);
          }}
        />
      )}
    </section>
  );
}
