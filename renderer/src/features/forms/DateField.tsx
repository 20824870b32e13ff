import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput, type DatePrecision } from '../../../../core/text/dates.js';
import { useFieldValidity, type FieldProblem } from './validity.js';

/**
 * The one date field: a text input that shows and takes dates as the UI
 * language writes them (`02/09/1945`; `09/1945` and `1945` where `least`
 * allows; ISO `1945-09-02` always), whatever the browser's or the
 * system's locale, and hands `onChange` the ISO date (`''` when emptied).
 * An impossible or malformed date is refused at the field, in the UI
 * language, and never handed on. `commit` says when the date is handed
 * on: as it is typed (a form that saves later) or when the writer leaves
 * the field or presses Enter (a field that saves at once).
 */
export function DateField(props: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  least?: DatePrecision;
  required?: boolean;
  commit?: 'input' | 'blur';
  inline?: boolean;
  /** A further check of a well-formed date (an end before a start): its message, or null. */
  check?: (iso: string) => string | null;
}) {
  const { t } = useTranslation();
  const least = props.least ?? 'day';
  const [text, setText] = useState(() => formatDateInput(props.value));
  const parsed = parseDateInput(text, least);

  // A value changed from outside (another article opened, a form reset) replaces the text shown.
  const [shownValue, setShownValue] = useState(props.value);
  if (props.value !== shownValue) {
    setShownValue(props.value);
    if (!(parsed.ok && parsed.iso === props.value)) setText(formatDateInput(props.value));
  }

  const field = props.label;
  let problem: FieldProblem | null = null;
  if (!parsed.ok) {
    const partial = least !== 'day';
    const message =
      parsed.problem === 'impossible'
        ? t('forms.date.impossible', { field, value: text.trim() })
        : parsed.problem === 'precision'
          ? t(least === 'day' ? 'forms.date.needDay' : 'forms.date.needMonth', { field })
          : t(partial ? 'forms.date.formatPartial' : 'forms.date.format', { field });
    problem = { message, eager: true };
  } else if (parsed.iso === '' && props.required) {
    problem = { message: t('forms.required', { field }), eager: false };
  } else if (parsed.iso !== '') {
    const message = props.check?.(parsed.iso) ?? null;
    if (message !== null) problem = { message, eager: true };
  }

  const hand = () => {
    if (problem !== null || !parsed.ok) return false;
    setText(formatDateInput(parsed.iso));
    if (parsed.iso !== props.value) props.onChange(parsed.iso);
    return true;
  };
  const { attach, labelId, controlProps, message, reveal } = useFieldValidity(problem, () => {
    if (props.commit === 'blur') hand();
  });

  return (
    <label className={props.inline ? 'field inline' : 'field'}>
      <span id={labelId}>{props.label}</span>
      <input
        ref={attach}
        {...controlProps}
        aria-labelledby={labelId}
        type="text"
        className={least === 'day' ? 'date-input' : 'date-input partial'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        required={props.required}
        placeholder={t(least === 'day' ? 'forms.date.placeholder' : 'forms.date.placeholderPartial')}
        onChange={(event) => {
          setText(event.target.value);
          if (props.commit === 'blur') return;
          const next = parseDateInput(event.target.value, least);
          if (next.ok && next.iso !== props.value && (next.iso === '' || !props.check?.(next.iso))) {
            props.onChange(next.iso);
          }
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || props.commit !== 'blur') return;
          event.preventDefault();
          if (!hand()) reveal();
        }}
      />
      {message}
    </label>
  );
}
