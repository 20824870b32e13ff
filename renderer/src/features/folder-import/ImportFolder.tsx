import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import type { ImportCollision } from '../../../../core/index.js';
import { localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { ImportSkipped, ImportSummary } from './ImportSummary.js';
import { useFolderImport, type ImportPhase } from './store.js';

/** The sidebar's "Import…" actions (a folder, or Markdown and Word files): the pickers, then progress, a preview, a summary. */
export function ImportFolderButton() {
  const { t } = useTranslation();
  const folder = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
    useFolderImport
      .getState()
      .setPickers({ folder: () => folder.current?.click(), files: () => files.current?.click() });
    return () => useFolderImport.getState().setPickers(null);
  }, []);
  const picked = (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    void useFolderImport.getState().run(chosen);
  };
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
      <button
        type="button"
        className="section"
        aria-haspopup="dialog"
        onClick={() => void useFolderImport.getState().openFiles()}
      >
        {t('folderImport.openFiles')}
      </button>
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        aria-label={t('folderImport.picker')}
        onChange={(event) => picked(event.target)}
      />
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept=".md,.markdown,.docx,.png,.jpg,.jpeg,.gif,.webp,.bmp"
        aria-label={t('folderImport.filePicker')}
        onChange={(event) => picked(event.target)}
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
  const busy = isBusy(phase);
  const number = (value: number) => value.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-US');
  return (
    <Modal
      open={phase.step !== 'idle'}
      aria-labelledby="import-title"
      aria-busy={busy}
      onDismiss={() => {
        if (phase.step === 'preview') void useFolderImport.getState().cancel();
        else if (!busy) useFolderImport.getState().reset();
      }}
    >
      <h2 id="import-title">{t('folderImport.title')}</h2>
      {(phase.step === 'reading' || phase.step === 'writing') && (
        <>
          <p aria-live="polite">
            {phase.total === 0
              ? t('folderImport.reading0')
              : t(`folderImport.${phase.step}`, { done: number(phase.done), total: number(phase.total) })}
          </p>
          <progress
            max={Math.max(phase.total, 1)}
            value={phase.done}
            aria-label={t('folderImport.progress')}
          />
        </>
      )}
      {phase.step === 'preview' && <Preview phase={phase} />}
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
        {phase.step === 'preview' ? (
          <>
            <button type="button" className="button" onClick={() => void useFolderImport.getState().cancel()}>
              {t('folderImport.cancel')}
            </button>
            <button
              type="button"
              className="button primary"
              autoFocus
              onClick={() => void useFolderImport.getState().commit()}
            >
              {t('folderImport.commit', { count: phase.preview.added.length })}
            </button>
          </>
        ) : busy ? (
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
    </Modal>
  );
}

/** What the import will do: articles added, files left out, and a choice for each title an article already has. */
function Preview({ phase }: { phase: Extract<ImportPhase, { step: 'preview' }> }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const { preview, left } = phase;
  const collides = new Set(preview.collisions.map((collision) => collision.path));
  return (
    <>
      <p role="status">
        {t('folderImport.willAdd', { count: preview.added.length, n: number.format(preview.added.length) })}
        {preview.images > 0 && ` ${t('folderImport.willCopyImages', { count: preview.images })}`}
      </p>
      {preview.collisions.length > 0 && (
        <section aria-labelledby="import-collisions">
          <h3 id="import-collisions">{t('folderImport.collisions', { count: preview.collisions.length })}</h3>
          <p>{t('folderImport.collisionsHint')}</p>
          <ul className="import-collisions">
            {preview.collisions.map((collision) => (
              <CollisionRow key={collision.path} collision={collision} />
            ))}
          </ul>
        </section>
      )}
      <details>
        <summary>{t('folderImport.addedList', { count: preview.added.length })}</summary>
        <ul className="import-skipped">
          {preview.added.map((added) => (
            <li key={added.path}>
              <code>{added.path}</code> → <strong>{added.title}</strong>
              {added.kind === 'docx' && ` (${t('folderImport.word')})`}
              {collides.has(added.path) && ` — ${t('folderImport.collidesMark')}`}
              {added.tags.length > 0 && ` · #${added.tags.join(' #')}`}
            </li>
          ))}
        </ul>
      </details>
      <ImportSkipped skipped={preview.skipped} left={left} />
    </>
  );
}

function CollisionRow({ collision }: { collision: ImportCollision }) {
  const { t } = useTranslation();
  const choice = useFolderImport((state) => state.choices[collision.path]);
  const choose = useFolderImport((state) => state.choose);
  const name = `collision-${collision.path}`;
  const action = choice?.action ?? 'rename';
  return (
    <li>
      <fieldset>
        <legend>
          <code>{collision.path}</code> —{' '}
          {t('folderImport.collidesWith', { title: collision.title, count: collision.existing.length })}
        </legend>
        <label className="export-choice">
          <input
            type="radio"
            name={name}
            checked={action === 'rename'}
            onChange={() => choose(collision.path, { action: 'rename', title: collision.suggestedTitle })}
          />
          <span>{t('folderImport.rename')}</span>
        </label>
        {action === 'rename' && (
          <input
            className="collision-title"
            aria-label={t('folderImport.newTitle', { path: collision.path })}
            value={choice?.action === 'rename' ? choice.title : collision.suggestedTitle}
            onChange={(event) => choose(collision.path, { action: 'rename', title: event.target.value })}
          />
        )}
        {collision.existing.map((existing) => (
          <label key={existing.id} className="export-choice">
            <input
              type="radio"
              name={name}
              checked={choice?.action === 'merge' && choice.into === existing.id}
              onChange={() => choose(collision.path, { action: 'merge', into: existing.id })}
            />
            <span>{t('folderImport.merge', { title: existing.title })}</span>
          </label>
        ))}
        <label className="export-choice">
          <input
            type="radio"
            name={name}
            checked={action === 'skip'}
            onChange={() => choose(collision.path, { action: 'skip' })}
          />
          <span>{t('folderImport.skipFile')}</span>
        </label>
      </fieldset>
    </li>
  );
}
