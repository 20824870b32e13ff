import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { describeFailure, type FieldLabeler } from '../forms/failure.js';

/**
 * A modal form (native `<dialog>`): its fields, a save and a cancel button.
 * Fields refuse wrong values themselves, so the form is not sent while one
 * does. `onSubmit` may throw; what failed is shown in the dialog in the UI
 * language, a refused field named by `fieldLabel` (its label for a request
 * path), and nothing closes, so the writer loses none of what was typed.
 */
export function FormDialog(props: {
  title: string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  fieldLabel?: FieldLabeler;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit();
      props.onClose();
    } catch (failure) {
      setError(describeFailure(t, failure, props.fieldLabel));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal className="dialog wide catalog-form" aria-labelledby={titleId} onDismiss={() => props.onClose()}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId}>{props.title}</h2>
        <div className="form-fields">{props.children}</div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
