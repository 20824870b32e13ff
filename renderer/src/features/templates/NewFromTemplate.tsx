import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../catalog/FormDialog.js';
import { useClaims } from '../claims/store.js';
import { useSettings } from '../settings/store.js';
import { articleFromTemplate, LITERAL_VARIABLES, rebuttalTemplate, useTemplates } from './store.js';

/** "New article from template": a template, the claim it answers (optional) and a title for `{{title}}`. */
export function NewFromTemplate() {
  const dialog = useTemplates((state) => state.dialog);
  return dialog === null ? null : <TemplateForm claimId={dialog.claimId} />;
}

function TemplateForm({ claimId }: { claimId: string | null }) {
  const { t } = useTranslation();
  const templates = useTemplates((state) => state.templates);
  const claims = useClaims((state) => state.claims);
  const language = useSettings((state) => state.language);
  const [templateId, setTemplateId] = useState('');
  const [claim, setClaim] = useState(claimId ?? '');
  const [title, setTitle] = useState('');
  useEffect(() => {
    if (!useClaims.getState().loaded) void useClaims.getState().load();
  }, []);
  const chosen = templateId || rebuttalTemplate(templates, language)?.id || '';

  return (
    <FormDialog
      title={t('templates.newTitle')}
      submitLabel={t('templates.create')}
      onClose={() => useTemplates.getState().closeDialog()}
      onSubmit={async () => {
        if (chosen === '') throw new Error(t('templates.none'));
        await articleFromTemplate({
          templateId: chosen,
          ...(claim && { claimId: claim }),
          ...(title.trim() && { title: title.trim() }),
        });
      }}
    >
      <label className="field">
        <span>{t('templates.template')}</span>
        <select value={chosen} onChange={(event) => setTemplateId(event.target.value)} required>
          {templates.map((template) => (
            <option key={template.id} value={template.id} lang={template.language}>
              {template.name} ({t(`settings.languageName.${template.language}`)})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('templates.claim')}</span>
        <select value={claim} onChange={(event) => setClaim(event.target.value)}>
          <option value="">{t('templates.noClaim')}</option>
          {claims.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.statement}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('templates.titleField', LITERAL_VARIABLES)}</span>
        <input value={title} maxLength={1000} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <p className="field-note">{t('templates.variablesHint', LITERAL_VARIABLES)}</p>
    </FormDialog>
  );
}
