import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { EXPORT_FORMATS, type ExportPackaging } from '../../../../core/model/exchange.js';
import { localeOf } from '../../i18n/index.js';
import { useSettings } from '../settings/store.js';
import { useExport, type ExportPhase } from './store.js';
import './exchange.css';

const busy = (phase: ExportPhase) => phase.step === 'running' || phase.step === 'cancelling';

/** Choosing a format (and, for several articles, how to deliver them), then the export's progress and outcome. */
export function ExportDialog() {
  const { t } = useTranslation();
  const ids = useExport((state) => state.ids);
  const phase = useExport((state) => state.phase);
  const open = ids.length > 0;

  if (!open) return null;
  return (
    <Modal
      className="dialog wide"
      aria-labelledby="export-title"
      aria-busy={busy(phase)}
      onDismiss={() => {
        if (!busy(phase)) useExport.getState().close();
      }}
    >
      <h2 id="export-title">{t('export.title', { count: ids.length })}</h2>
      {phase.step === 'choosing' ? <Choices count={ids.length} /> : <Progress phase={phase} />}
    </Modal>
  );
}

function Choices({ count }: { count: number }) {
  const { t } = useTranslation();
  const format = useExport((state) => state.format);
  const packaging = useExport((state) => state.packaging);
  const packagings: ExportPackaging[] =
    format === 'md' ? ['separate', 'zip'] : ['separate', 'zip', 'combined'];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void useExport.getState().start();
      }}
    >
      <fieldset className="export-choices">
        <legend>{t('export.format')}</legend>
        {EXPORT_FORMATS.map((value) => (
          <label key={value} className="export-choice">
            <input
              type="radio"
              name="export-format"
              value={value}
              checked={format === value}
              onChange={() => useExport.getState().setFormat(value)}
            />
            <span>
              <strong>{t(`export.formats.${value}`)}</strong>
              <small>{t(`export.formatHints.${value}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {count > 1 && (
        <fieldset className="export-choices">
          <legend>{t('export.packaging')}</legend>
          {packagings.map((value) => (
            <label key={value} className="export-choice">
              <input
                type="radio"
                name="export-packaging"
                value={value}
                checked={packaging === value}
                onChange={() => useExport.getState().setPackaging(value)}
              />
              <span>{t(`export.packagings.${value}`, { count })}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => useExport.getState().close()}>
          {t('export.close')}
        </button>
        <button type="submit" className="button primary" autoFocus>
          {t('export.start')}
        </button>
      </div>
    </form>
  );
}

function Progress({ phase }: { phase: ExportPhase }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const number = new Intl.NumberFormat(localeOf(language));
  return (
    <>
      {phase.step === 'running' && (
        <>
          <p aria-live="polite">
            {t('export.running', { done: number.format(phase.done), total: number.format(phase.total) })}
          </p>
          <progress max={Math.max(phase.total, 1)} value={phase.done} aria-label={t('export.progress')} />
        </>
      )}
      {phase.step === 'cancelling' && <p aria-live="polite">{t('export.cancelling')}</p>}
      {phase.step === 'cancelled' && <p role="status">{t('export.cancelled')}</p>}
      {phase.step === 'failed' && <p role="alert">{t('export.failed', { reason: phase.reason })}</p>}
      {phase.step === 'done' && (
        <>
          <p role="status">
            {phase.result.writtenTo === null
              ? t('export.downloaded', {
                  count: phase.result.files.length,
                  name: phase.result.download?.name ?? '',
                })
              : t('export.written', { count: phase.result.files.length, path: phase.result.writtenTo })}
          </p>
          {phase.result.skipped.length > 0 && (
            <>
              <p>{t('export.skippedTitle', { count: phase.result.skipped.length })}</p>
              <ul className="import-skipped">
                {phase.result.skipped.map((skip) => (
                  <li key={skip.id}>
                    <strong>{skip.title || t('article.untitled')}</strong> —{' '}
                    {skip.codes
                      .map((code) => t(`export.problems.${code}`, { defaultValue: code }))
                      .join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="dialog-actions">
        {busy(phase) ? (
          <button
            type="button"
            className="button"
            disabled={phase.step === 'cancelling'}
            onClick={() => void useExport.getState().cancel()}
          >
            {t('export.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() => useExport.getState().close()}
          >
            {t('export.close')}
          </button>
        )}
      </div>
    </>
  );
}
