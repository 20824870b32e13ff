import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFolderImport } from './store.js';

/** The sidebar's "Import folder…" action: a folder picker, then progress, then a summary. */
export function ImportFolderButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.setAttribute('webkitdirectory', '');
  }, []);
  return (
    <>
      <button type="button" className="section" aria-haspopup="dialog" onClick={() => input.current?.click()}>
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
          if (files.length > 0) void useFolderImport.getState().run(files);
        }}
      />
      <ImportDialog />
    </>
  );
}

function ImportDialog() {
  const { t } = useTranslation();
  const phase = useFolderImport((state) => state.phase);
  const dialog = useRef<HTMLDialogElement>(null);
  const busy = phase.step === 'reading' || phase.step === 'importing';
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
      {phase.step === 'reading' && (
        <>
          <p>{t('folderImport.reading', { done: phase.done, total: phase.total })}</p>
          <progress max={phase.total} value={phase.done} aria-label={t('folderImport.progress')} />
        </>
      )}
      {phase.step === 'importing' && (
        <>
          <p>{t('folderImport.importing', { count: phase.total })}</p>
          <progress aria-label={t('folderImport.progress')} />
        </>
      )}
      {phase.step === 'failed' && <p role="alert">{t('folderImport.failed', { reason: phase.reason })}</p>}
      {phase.step === 'done' && (
        <>
          <p role="status">{t('folderImport.imported', { count: phase.outcome.imported })}</p>
          {phase.outcome.skipped.length + phase.left.length > 0 && (
            <details>
              <summary>
                {t('folderImport.skipped', { count: phase.outcome.skipped.length + phase.left.length })}
              </summary>
              <ul className="import-skipped">
                {phase.outcome.skipped.map((file) => (
                  <li key={`s:${file.path}`}>
                    <code>{file.path}</code> — {file.reason}
                  </li>
                ))}
                {phase.left.map((file) => (
                  <li key={`l:${file.path}`}>
                    <code>{file.path}</code> — {t(`folderImport.left.${file.reason}`)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {!busy && (
        <div className="dialog-actions">
          <button
            type="button"
            className="button primary"
            onClick={() => useFolderImport.getState().reset()}
            autoFocus
          >
            {t('folderImport.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
