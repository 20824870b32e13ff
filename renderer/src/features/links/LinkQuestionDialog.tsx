import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollow } from './follow.js';

/** Asks what to do with a followed link that names no article or claim (create it?) or several (which one?). */
export function LinkQuestionDialog() {
  const { t } = useTranslation();
  const question = useFollow((state) => state.question);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (question && element && !element.open) element.showModal();
    if (!question && element?.open) element.close();
  }, [question]);
  const { dismiss, createTarget, choose } = useFollow.getState();
  const target = question?.link.target ?? '';
  const isClaim = question?.link.kind === 'claim';

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="link-question-title"
      onCancel={(event) => {
        event.preventDefault();
        dismiss();
      }}
    >
      {question?.kind === 'broken' && (
        <>
          <h2 id="link-question-title">{t(isClaim ? 'links.brokenClaimTitle' : 'links.brokenTitle')}</h2>
          <p className="link-question-target">
            {t(isClaim ? 'links.brokenClaimMessage' : 'links.brokenMessage', { target })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={dismiss} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="button" className="button primary" onClick={() => void createTarget()}>
              {isClaim
                ? t('links.createClaim', { target })
                : t('links.create', { target: target.split('/').pop() })}
            </button>
          </div>
        </>
      )}
      {question?.kind === 'ambiguous' && (
        <>
          <h2 id="link-question-title">
            {t(isClaim ? 'links.ambiguousClaimTitle' : 'links.ambiguousTitle', { target })}
          </h2>
          <ul className="link-candidates">
            {question.candidates.map((candidate) => (
              <li key={candidate.id}>
                <button type="button" className="button ghost" onClick={() => void choose(candidate.id)}>
                  {candidate.title || t('article.untitled')}
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={dismiss} autoFocus>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
