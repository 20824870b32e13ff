import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLAIM_STATUSES,
  MAX_NOTES,
  MAX_SHORT_TEXT,
  MAX_STATEMENT,
  type Claim,
  type ClaimAppearance,
  type ClaimStatusChoice,
} from '../../../../core/claims/index.js';
import { FormDialog } from '../catalog/FormDialog.js';
import { TextField } from '../forms/TextField.js';
import { categoryName, parseTagList } from '../catalog/names.js';
import { DateField } from '../forms/DateField.js';
import { useFieldValidity } from '../forms/validity.js';
import { useSettings } from '../settings/store.js';
import { saveClaimEdit } from './rename.js';
import { useClaims } from './store.js';

const EMPTY_APPEARANCE: ClaimAppearance = { title: '', outlet: '', url: '', date: '' };

/**
 * Creates a claim (starting from `statement`, when given), or edits `claim`:
 * statement, summary, category, appearances, status, notes, tags. A changed
 * statement rewrites the links naming the claim by its old one. A new claim
 * starts with no category and cannot be saved until one is chosen, so a
 * hurried save never files it in the first group of the list.
 */
export function ClaimForm({
  claim,
  statement: initialStatement = '',
  onClose,
}: {
  claim?: Claim;
  statement?: string;
  onClose: (saved?: Claim) => void;
}) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const categories = useClaims((state) => state.categories);
  const [statement, setStatement] = useState(claim?.statement ?? initialStatement);
  const [summary, setSummary] = useState(claim?.summary ?? '');
  const [categoryId, setCategoryId] = useState(claim?.categoryId ?? '');
  const [appearances, setAppearances] = useState<ClaimAppearance[]>(claim?.appearances ?? []);
  const [firstSeen, setFirstSeen] = useState(claim?.firstSeen ?? '');
  const [status, setStatus] = useState<ClaimStatusChoice>(claim?.statusSetByHand ? claim.status : 'auto');
  const [notes, setNotes] = useState(claim?.notes ?? '');
  const [tags, setTags] = useState(claim?.tags.join(', ') ?? '');
  const saved = useRef<Claim | undefined>(undefined);

  const setAppearance = (index: number, change: Partial<ClaimAppearance>) =>
    setAppearances((list) => list.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const chosen = categories.some((category) => category.id === categoryId);
  const {
    attach: attachCategory,
    labelId: categoryLabel,
    controlProps: categoryProps,
    message: categoryProblem,
  } = useFieldValidity(
    chosen ? null : { message: t('forms.requiredChoice', { field: t('claims.category') }), eager: false },
  );
  const appearanceLabels: Record<string, string> = {
    title: t('claims.appearanceTitle'),
    outlet: t('claims.outlet'),
    url: t('claims.url'),
    date: t('claims.date'),
  };
  const fieldLabel = (path: string): string | undefined => {
    const [head, index, leaf] = path.split('.');
    if (head === 'appearances' && index !== undefined && leaf !== undefined) {
      const label = appearanceLabels[leaf];
      return label && `${t('claims.appearance', { n: Number(index) + 1 })} · ${label}`;
    }
    const labels: Record<string, string> = {
      statement: t('claims.statement'),
      summary: t('claims.summary'),
      categoryId: t('claims.category'),
      appearances: t('claims.appearances'),
      firstSeen: t('claims.firstSeen'),
      notes: t('claims.notes'),
      tags: t('claims.tags'),
      status: t('claims.status'),
    };
    return head === undefined ? undefined : labels[head];
  };

  const submit = async () => {
    const fields = {
      statement,
      summary,
      categoryId,
      appearances,
      firstSeen,
      notes,
      tags: parseTagList(tags),
      status,
    };
    saved.current = claim
      ? await saveClaimEdit(claim, { id: claim.id, ...fields })
      : await useClaims.getState().create(fields);
  };

  return (
    <FormDialog
      title={t(claim ? 'claims.editTitle' : 'claims.newTitle')}
      submitLabel={t('claims.save')}
      onSubmit={submit}
      onClose={() => onClose(saved.current)}
      fieldLabel={fieldLabel}
    >
      <TextField
        label={t('claims.statement')}
        value={statement}
        onChange={setStatement}
        multiline
        required
        maxLength={MAX_STATEMENT}
      />
      <TextField
        label={t('claims.summary')}
        value={summary}
        onChange={setSummary}
        maxLength={MAX_SHORT_TEXT}
      />
      <label className="field">
        <span id={categoryLabel}>{t('claims.category')}</span>
        <select
          ref={attachCategory}
          {...categoryProps}
          aria-labelledby={categoryLabel}
          value={chosen ? categoryId : ''}
          required
          onChange={(event) => setCategoryId(event.target.value)}
        >
          <option value="" disabled>
            {t('claims.chooseCategory')}
          </option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {categoryName(category, language)}
            </option>
          ))}
        </select>
        {categoryProblem}
      </label>
      <fieldset className="appearances">
        <legend>{t('claims.appearances')}</legend>
        {appearances.map((appearance, index) => (
          <div
            className="appearance"
            key={index}
            role="group"
            aria-label={t('claims.appearance', { n: index + 1 })}
          >
            <TextField
              label={t('claims.appearanceTitle')}
              value={appearance.title}
              onChange={(title) => setAppearance(index, { title })}
              maxLength={MAX_SHORT_TEXT}
            />
            <TextField
              label={t('claims.outlet')}
              value={appearance.outlet}
              onChange={(outlet) => setAppearance(index, { outlet })}
              maxLength={MAX_SHORT_TEXT}
            />
            <TextField
              label={t('claims.url')}
              kind="url"
              value={appearance.url}
              onChange={(url) => setAppearance(index, { url })}
            />
            <DateField
              label={t('claims.date')}
              value={appearance.date}
              least="year"
              onChange={(date) => setAppearance(index, { date })}
            />
            <button
              type="button"
              className="button small ghost"
              onClick={() => setAppearances((list) => list.filter((_, at) => at !== index))}
            >
              {t('claims.removeAppearance', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() => setAppearances((list) => [...list, { ...EMPTY_APPEARANCE }])}
        >
          {t('claims.addAppearance')}
        </button>
      </fieldset>
      <DateField label={t('claims.firstSeen')} value={firstSeen} least="year" onChange={setFirstSeen} />
      <label className="field">
        <span>{t('claims.status')}</span>
        <select value={status} onChange={(event) => setStatus(event.target.value as ClaimStatusChoice)}>
          <option value="auto">{t('claims.statusAuto')}</option>
          {CLAIM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`claims.statuses.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label={t('claims.notes')}
        value={notes}
        onChange={setNotes}
        multiline
        maxLength={MAX_NOTES}
      />
      <TextField label={t('claims.tags')} value={tags} onChange={setTags} placeholder={t('tags.listHint')} />
    </FormDialog>
  );
}
