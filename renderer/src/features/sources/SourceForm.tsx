import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../core/ids.js';
import {
  KEY_PATTERN,
  MAX_KEY,
  MAX_SOURCE_EXCERPT,
  MAX_SOURCE_NOTES,
  MAX_SOURCE_TEXT,
  SOURCE_KINDS,
  type Source,
  type SourceExcerpt,
  type SourceKind,
} from '../../../../core/sources/index.js';
import { FormDialog } from '../catalog/FormDialog.js';
import { TextField } from '../forms/TextField.js';
import { DateField } from '../forms/DateField.js';
import { useSources, type SourceDraft } from './store.js';

type TextFields = 'key' | 'title' | 'author' | 'publisher' | 'date' | 'url' | 'accessed' | 'notes';
const TEXT_FIELDS: readonly TextFields[] = [
  'key',
  'title',
  'author',
  'publisher',
  'date',
  'url',
  'accessed',
  'notes',
];

/**
 * Creates a source, or edits `source`: key (left empty, one is generated
 * from author and year), kind, bibliographic fields, notes and excerpts.
 */
export function SourceForm({ source, onClose }: { source?: Source; onClose: (saved?: Source) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Record<TextFields, string>>(
    () =>
      Object.fromEntries(TEXT_FIELDS.map((name) => [name, source?.[name] ?? ''])) as Record<
        TextFields,
        string
      >,
  );
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'web');
  const [excerpts, setExcerpts] = useState<SourceExcerpt[]>(source?.excerpts ?? []);
  const saved = useRef<Source | undefined>(undefined);
  const setField = (name: TextFields) => (value: string) => setFields((all) => ({ ...all, [name]: value }));
  const setExcerpt = (index: number, change: Partial<SourceExcerpt>) =>
    setExcerpts((list) => list.map((item, at) => (at === index ? { ...item, ...change } : item)));

  const fieldLabel = (path: string): string | undefined => {
    const [head, index, leaf] = path.split('.');
    if (head === 'excerpts' && index !== undefined) {
      const part =
        leaf === 'text'
          ? t('sources.excerptText')
          : leaf === 'location'
            ? t('sources.excerptLocation')
            : null;
      return part === null
        ? t('sources.excerpts')
        : `${t('sources.excerpt', { n: Number(index) + 1 })} · ${part}`;
    }
    const named: readonly string[] = [...TEXT_FIELDS, 'kind'];
    return head !== undefined && named.includes(head) ? t(`sources.fields.${head}`) : undefined;
  };
  const checkKey = (key: string) =>
    key.trim() === '' || (key.trim().length <= MAX_KEY && KEY_PATTERN.test(key.trim()))
      ? null
      : t('forms.sourceKey', { field: t('sources.fields.key') });

  const submit = async () => {
    const { key, ...rest } = fields;
    const draft: SourceDraft = { ...rest, kind, excerpts, ...(key.trim() ? { key: key.trim() } : {}) };
    const store = useSources.getState();
    if (source) {
      await store.update({ id: source.id, ...draft });
      saved.current = useSources.getState().sources.find((item) => item.id === source.id);
    } else {
      saved.current = await store.create(draft);
    }
  };

  return (
    <FormDialog
      title={t(source ? 'sources.editTitle' : 'sources.newTitle')}
      submitLabel={t('sources.save')}
      onSubmit={submit}
      onClose={() => onClose(saved.current)}
      fieldLabel={fieldLabel}
    >
      <TextField
        label={t('sources.fields.title')}
        value={fields.title}
        onChange={setField('title')}
        required
        maxLength={MAX_SOURCE_TEXT}
      />
      <label className="field">
        <span>{t('sources.fields.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as SourceKind)}>
          {SOURCE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`sources.kinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label={t('sources.fields.key')}
        value={fields.key}
        onChange={setField('key')}
        placeholder={t('sources.keyHint')}
        check={checkKey}
      />
      <TextField
        label={t('sources.fields.author')}
        value={fields.author}
        onChange={setField('author')}
        maxLength={MAX_SOURCE_TEXT}
      />
      <TextField
        label={t('sources.fields.publisher')}
        value={fields.publisher}
        onChange={setField('publisher')}
        maxLength={MAX_SOURCE_TEXT}
      />
      <DateField
        label={t('sources.fields.date')}
        value={fields.date}
        least="year"
        onChange={setField('date')}
      />
      <TextField label={t('sources.fields.url')} kind="url" value={fields.url} onChange={setField('url')} />
      <DateField
        label={t('sources.fields.accessed')}
        value={fields.accessed}
        onChange={setField('accessed')}
      />
      <TextField
        label={t('sources.fields.notes')}
        value={fields.notes}
        onChange={setField('notes')}
        multiline
        maxLength={MAX_SOURCE_NOTES}
      />
      <fieldset className="appearances">
        <legend>{t('sources.excerpts')}</legend>
        {excerpts.map((excerpt, index) => (
          <div
            key={excerpt.id}
            className="appearance"
            role="group"
            aria-label={t('sources.excerpt', { n: index + 1 })}
          >
            <TextField
              label={t('sources.excerptText')}
              value={excerpt.text}
              onChange={(text) => setExcerpt(index, { text })}
              multiline
              required
              maxLength={MAX_SOURCE_EXCERPT}
            />
            <TextField
              label={t('sources.excerptLocation')}
              value={excerpt.location}
              onChange={(location) => setExcerpt(index, { location })}
              placeholder="tr. 12"
              maxLength={200}
            />
            <button
              type="button"
              className="button small ghost"
              onClick={() => setExcerpts((list) => list.filter((_, at) => at !== index))}
            >
              {t('sources.removeExcerpt', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() =>
            setExcerpts((list) => [
              ...list,
              { id: newId((size) => crypto.getRandomValues(new Uint8Array(size))), text: '', location: '' },
            ])
          }
        >
          {t('sources.addExcerpt')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
