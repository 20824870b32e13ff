import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportSummary } from './ImportSummary.js';
import { useFolderImport, type ImportPhase } from './store.js';

/** The sidebar's "Import folder…" action: a folder picker, then progress, then a summary. */
export function ImportFolderButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.setAttribute('webkitdirectory', '');
    useFolderImport.getState().setPicker(() => input.current?.click());
    return () => useFolderImport.getState().setPicker(null);
  }, []);
  return (
    <>
      <button
        type="button"
        className="section"
        aria-haspopup="dialog"
        onClick={() => void useFolderImport.getState().open()}
      >
        {t('folderImport.open')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t('folderImport.picker')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void useFolderImport.getState().run(files);
        }}
      />
      <ImportDialog />
    </>
  );
}

const isBusy = (phase: ImportPhase) =>
  phase.step === 'reading' || phase.step === 'writing' || phase.step === 'cancelling';

function ImportDialog() {
  const { t, i18n } = useTranslation();
  const phase = useFolderImport((state) => state.phase);
  const dialog = useRef<HTMLDialogElement>(null);
  const busy = isBusy(phase);
  const number = (value: number) => value.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-US');
  useEffect(() => {
    const element = dialog.current;
    if (phase.step !== 'idle' && element && !element.open) element.showModal();
    if (phase.step === 'idle' && element?.open) element.close();
  }, [phase.step]);

  return (
    <dialog
      ref={dialog}
      className="dialog wide"
      aria-labelledby="import-title"
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) useFolderImport.getState().reset();
      }}
    >
      <h2 id="import-title">{t('folderImport.title')}</h2>
      {(phase.step === 'reading' || phase.step === 'writing') && (
        <>
          <p aria-live="polite">
            {t(`folderImport.${phase.step}`, { done: number(phase.done), total: number(phase.total) })}
          </p>
          <progress
            max={Math.max(phase.total, 1)}
            value={phase.done}
            aria-label={t('folderImport.progress')}
          />
        </>
      )}
      {phase.step === 'cancelling' && <p aria-live="polite">{t('folderImport.cancelling')}</p>}
      {phase.step === 'cancelled' && <p role="status">{t('folderImport.cancelled')}</p>}
      {phase.step === 'empty' && (
        <p role="status">
          {phase.others === 0
            ? t('folderImport.empty')
            : t('folderImport.noMarkdown', { count: phase.others })}
        </p>
      )}
      {phase.step === 'failed' && (
        <p role="alert">
          {phase.file === undefined
            ? t('folderImport.failed', { reason: phase.reason })
            : t('folderImport.unreadable', { file: phase.file, reason: phase.reason })}
        </p>
      )}
      {phase.step === 'done' && <ImportSummary outcome={phase.outcome} left={phase.left} />}
      <div className="dialog-actions">
        {busy ? (
          <button
            type="button"
            className="button"
            disabled={phase.step === 'cancelling'}
            onClick={() => void useFolderImport.getState().cancel()}
          >
            {t('folderImport.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => useFolderImport.getState().reset()}
            autoFocus
          >
            {t('folderImport.close')}
          </button>
        )}
      </div>
    </dialog>
  );
}
