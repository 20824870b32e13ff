import { useTranslation } from 'react-i18next';
import { isWebUrlOrEmpty } from '../../../../core/claims/fields.js';
import { useFieldValidity, type FieldProblem } from './validity.js';

/**
 * A labelled text input of a form, refused at the field (in the UI
 * language) when it is `required` and empty, longer than `maxLength`
 * (counted as stored: NFC, trimmed), not an http(s) address when `kind` is
 * `url`, or when `check` says so.
 */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  kind?: 'text' | 'url';
  maxLength?: number;
  placeholder?: string;
  check?: (value: string) => string | null;
}) {
  const { t } = useTranslation();
  const field = props.label;
  const stored = props.value.normalize('NFC').trim();
  let problem: FieldProblem | null = null;
  if (props.required && stored === '') problem = { message: t('forms.required', { field }), eager: false };
  else if (props.maxLength !== undefined && stored.length > props.maxLength) {
    problem = { message: t('forms.tooLong', { field, limit: props.maxLength }), eager: true };
  } else if (props.kind === 'url' && !isWebUrlOrEmpty(stored)) {
    problem = { message: t('forms.url', { field }), eager: true };
  } else {
    const message = props.check?.(props.value) ?? null;
    if (message !== null) problem = { message, eager: true };
  }
  const { attach, labelId, controlProps, message } = useFieldValidity(problem);
  return (
    <label className="field">
      <span id={labelId}>{props.label}</span>
      {props.multiline ? (
        <textarea
          ref={attach}
          {...controlProps}
          aria-labelledby={labelId}
          value={props.value}
          required={props.required}
          rows={3}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          ref={attach}
          {...controlProps}
          aria-labelledby={labelId}
          type="text"
          inputMode={props.kind === 'url' ? 'url' : undefined}
          value={props.value}
          required={props.required}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {message}
    </label>
  );
}
