import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { BUNDLE_EXTENSION } from '../../../../core/exchange/bundle-format.js';
import type { BundleItemAction, BundleItemPlan } from '../../../../core/model/exchange.js';
import { formatDateTime, localeOf } from '../../i18n/index.js';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { useBundles, type BundlePhase } from './store.js';

/** Items listed one by one; more are counted. */
const LISTED = 200;
const ACTIONS: BundleItemAction[] = ['add', 'take', 'updateCopy', 'conflict', 'identical', 'keep', 'held'];

const busy = (phase: BundlePhase) =>
  phase.step === 'sending' || phase.step === 'reading' || phase.step === 'applying';

/** The page's bundle picker (browsers), and the dialog that shows a bundle sent, or one received before and after it applies. */
export function BundleDialog() {
  const { t } = useTranslation();
  const phase = useBundles((state) => state.phase);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    useBundles.getState().setPicker(() => input.current?.click());
    return () => useBundles.getState().setPicker(null);
  }, []);

  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={`${BUNDLE_EXTENSION},application/zip`}
        aria-label={t('bundles.picker')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void useBundles.getState().upload(file);
        }}
      />
      <Modal
        open={phase.step !== 'idle'}
        className="dialog wide"
        aria-labelledby="bundle-title"
        aria-busy={busy(phase)}
        onDismiss={() => void useBundles.getState().close()}
      >
        {phase.step !== 'idle' && <BundleContent phase={phase} />}
      </Modal>
    </>
  );
}

function BundleContent({ phase }: { phase: BundlePhase }) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const number = new Intl.NumberFormat(localeOf(language));
  const sending = phase.step === 'sending' || phase.step === 'sent';
  return (
    <>
      <h2 id="bundle-title">{t(sending ? 'bundles.sendTitle' : 'bundles.receiveTitle')}</h2>
      {(phase.step === 'sending' || phase.step === 'reading') && (
        <>
          <p aria-live="polite">{t(`bundles.${phase.step}`)}</p>
          <progress max={Math.max(phase.total, 1)} value={phase.done} aria-label={t('bundles.progress')} />
        </>
      )}
      {phase.step === 'sent' && (
        <p role="status">
          {phase.result.writtenTo === null
            ? t('bundles.downloaded', {
                name: phase.result.download?.name ?? '',
                ...counts(phase.result.bundle, number),
              })
            : t('bundles.written', { path: phase.result.writtenTo, ...counts(phase.result.bundle, number) })}
        </p>
      )}
      {(phase.step === 'preview' || phase.step === 'applying') && (
        <>
          <p>
            {t('bundles.from', {
              name: phase.preview.name,
              time: formatDateTime(phase.preview.createdAt, language),
              from: phase.preview.from || t('bundles.unknownSender'),
            })}
          </p>
          <p>{t('bundles.holds', counts(phase.preview.counts, number))}</p>
          <Summary summary={phase.preview.summary} />
          <ItemList items={phase.preview.items} />
          {phase.step === 'applying' && <p aria-live="polite">{t('bundles.applying')}</p>}
        </>
      )}
      {phase.step === 'applied' && (
        <>
          <p role="status">
            {t('bundles.applied', { revisions: phase.outcome.revisions, images: phase.outcome.images })}
          </p>
          <Summary summary={phase.outcome.summary} />
          {phase.outcome.conflicts.length > 0 && (
            <>
              <h3 id="bundle-conflicts">
                {t('bundles.conflictsTitle', { count: phase.outcome.conflicts.length })}
              </h3>
              <p>{t('bundles.conflictsHint')}</p>
              <ul className="import-skipped" aria-labelledby="bundle-conflicts">
                {phase.outcome.conflicts.map((conflict) => (
                  <li key={conflict.copyId}>
                    <strong>{conflict.originalLabel || t('article.untitled')}</strong>{' '}
                    {conflict.kind === 'article' && (
                      <OpenPair originalId={conflict.originalId} copyId={conflict.copyId} />
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {phase.step === 'failed' && <p role="alert">{t('bundles.failed', { reason: phase.reason })}</p>}
      <div className="dialog-actions">
        {phase.step === 'preview' ? (
          <>
            <button type="button" className="button" onClick={() => void useBundles.getState().close()}>
              {t('bundles.discard')}
            </button>
            <button
              type="button"
              className="button primary"
              autoFocus
              onClick={() => void useBundles.getState().apply()}
            >
              {t('bundles.apply')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button primary"
            disabled={busy(phase)}
            onClick={() => void useBundles.getState().close()}
          >
            {t('bundles.close')}
          </button>
        )}
      </div>
    </>
  );
}

function counts(
  value: { articles: number; claims: number; sources: number; revisions: number; images: number } | undefined,
  number: Intl.NumberFormat,
) {
  const of = (n: number | undefined) => number.format(n ?? 0);
  return {
    articles: of(value?.articles),
    claims: of(value?.claims),
    sources: of(value?.sources),
    revisions: of(value?.revisions),
    images: of(value?.images),
  };
}

function Summary({ summary }: { summary: Record<BundleItemAction, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="bundle-summary" aria-label={t('bundles.summary')}>
      {ACTIONS.filter((action) => summary[action] > 0).map((action) => (
        <li key={action}>{t(`bundles.actions.${action}`, { count: summary[action] })}</li>
      ))}
    </ul>
  );
}

function ItemList({ items }: { items: readonly BundleItemPlan[] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('bundles.items', { count: items.length })}</summary>
      <ul className="import-skipped">
        {items.slice(0, LISTED).map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            {t(`bundles.kinds.${item.kind}`)}: <strong>{item.label || t('article.untitled')}</strong> —{' '}
            {t(`bundles.itemActions.${item.action}`)}
          </li>
        ))}
        {items.length > LISTED && <li>{t('bundles.more', { count: items.length - LISTED })}</li>}
      </ul>
    </details>
  );
}

/** Buttons that open an article and its conflict copy. */
export function OpenPair({ originalId, copyId }: { originalId: string; copyId: string }) {
  const { t } = useTranslation();
  const open = (id: string) => {
    void useBundles.getState().close();
    useBundles.getState().hideConflicts();
    void useEditor.getState().open(id);
  };
  return (
    <>
      <button type="button" className="button small" onClick={() => open(originalId)}>
        {t('bundles.openOriginal')}
      </button>{' '}
      <button type="button" className="button small" onClick={() => open(copyId)}>
        {t('bundles.openCopy')}
      </button>
    </>
  );
}
