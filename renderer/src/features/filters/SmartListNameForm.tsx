import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SMART_LIST_NAME } from '../../../../core/ipc/catalog-schemas.js';
import { describeFailure } from '../forms/failure.js';
import { useFieldValidity, type FieldProblem } from '../forms/validity.js';
import { useNotices } from '../notices/store.js';
import { useFilters } from './store.js';

/** Names the current filter and saves it as a smart list; the name is required, refused at the field. */
export function SmartListNameForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const field = t('filters.listName');
  const stored = name.normalize('NFC').trim();
  const problem: FieldProblem | null =
    stored === ''
      ? { message: t('forms.required', { field }), eager: false }
      : stored.length > MAX_SMART_LIST_NAME
        ? { message: t('forms.tooLong', { field, limit: MAX_SMART_LIST_NAME }), eager: true }
        : null;
  const { attach, controlProps, message } = useFieldValidity(problem);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        useFilters
          .getState()
          .saveAs(name)
          .then(onSaved)
          .catch((error: unknown) => {
            const reason = describeFailure(t, error, (path) => (path === 'name' ? field : undefined));
            useNotices.getState().push({ kind: 'error', message: t('filters.saveFailed', { reason }) });
          });
      }}
    >
      <input
        ref={attach}
        {...controlProps}
        aria-label={field}
        value={name}
        required
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button small primary">
        {t('filters.saveList')}
      </button>
      {message}
    </form>
  );
}
