import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../core/model/settings.js';
import { unknownVariables } from '../../../../core/templates/expand.js';
import { errorMessage } from '../../api/index.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { LITERAL_VARIABLES, useTemplates } from './store.js';

interface Draft {
  id?: string;
  name: string;
  language: Language;
  title: string;
  body: string;
}

const BLANK: Draft = { name: '', language: 'vi', title: '{{title}}', body: '' };

/** Templates in the settings: pick one to edit its name, language, title and body; add or delete one. */
export function TemplatesEditor() {
  const { t } = useTranslation();
  const templates = useTemplates((state) => state.templates);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState(false);
  useEffect(() => {
    void useTemplates
      .getState()
      .load()
      .catch(() => undefined);
  }, []);

  const pick = (id: string) => {
    const template = templates.find((candidate) => candidate.id === id);
    setStatus(null);
    setDraft(template ? { ...template } : { ...BLANK });
  };
  const save = async () => {
    if (draft === null) return;
    try {
      const saved = await useTemplates.getState().save(draft);
      setDraft({ ...saved });
      setStatus({ error: false, text: t('templates.saved', { name: saved.name }) });
    } catch (error) {
      setStatus({ error: true, text: t('templates.saveFailed', { reason: errorMessage(error) }) });
    }
  };
  const unknown = draft ? unknownVariables(`${draft.title}\n${draft.body}`) : [];

  return (
    <div className="templates-editor">
      <div className="inline-form">
        <label className="field inline">
          <span>{t('templates.template')}</span>
          <select value={draft?.id ?? (draft ? '' : '-')} onChange={(event) => pick(event.target.value)}>
            <option value="-" disabled>
              {t('templates.choose')}
            </option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name} ({t(`settings.languageName.${template.language}`)})
              </option>
            ))}
            <option value="">{t('templates.newOne')}</option>
          </select>
        </label>
      </div>
      {draft && (
        <form
          className="template-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="field">
            <span>{t('templates.name')}</span>
            <input
              required
              maxLength={200}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('templates.language')}</span>
            <select
              value={draft.language}
              onChange={(e) => setDraft({ ...draft, language: e.target.value as Language })}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`settings.languageName.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('templates.titlePattern')}</span>
            <input
              maxLength={1000}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('templates.body')}</span>
            <textarea
              rows={14}
              spellCheck={false}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            />
          </label>
          <p className="field-note">{t('templates.variablesHint', LITERAL_VARIABLES)}</p>
          {unknown.length > 0 && (
            <p className="form-warning" role="status">
              {t('templates.unknownVariables', { names: unknown.map((name) => `{{${name}}}`).join(', ') })}
            </p>
          )}
          <div className="dialog-actions">
            {draft.id && (
              <button type="button" className="button danger" onClick={() => setDeleting(true)}>
                {t('templates.delete')}
              </button>
            )}
            <button type="submit" className="button primary">
              {t('templates.save')}
            </button>
          </div>
          {status && (
            <p
              className={status.error ? 'form-error' : 'field-note'}
              role={status.error ? 'alert' : 'status'}
            >
              {status.text}
            </p>
          )}
        </form>
      )}
      {deleting && draft?.id && (
        <ConfirmDialog
          title={t('templates.deleteTitle')}
          message={t('templates.deleteMessage', { name: draft.name })}
          confirmLabel={t('templates.delete')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            const id = draft.id!;
            void useTemplates
              .getState()
              .remove(id)
              .then(() => setDraft(null))
              .catch((error: unknown) =>
                setStatus({ error: true, text: t('templates.saveFailed', { reason: errorMessage(error) }) }),
              );
          }}
        />
      )}
    </div>
  );
}
