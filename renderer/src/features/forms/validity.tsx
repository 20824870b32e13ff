import { useEffect, useId, useState, type ReactNode } from 'react';
import './forms.css';

/** What is wrong with a field's value, in the UI language. */
export interface FieldProblem {
  message: string;
  /** Shown as soon as the writer leaves the field (a wrong date), not only when a save is tried (an empty field). */
  eager: boolean;
}

/** The form controls a field can validate. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Refuses a field's value at the field: the browser holds `problem` as the
 * control's custom validity (so a form will not submit, and its bubble
 * speaks the UI language, not the browser's), and the same words show under
 * the field, linked to it by `aria-describedby`, once the writer has left
 * it or tried to save. A control inside a `<label>` should be named by its
 * label's text alone (`labelId` on the text, `aria-labelledby={labelId}` on
 * the control), so a message shown inside the label does not become part
 * of its name. `onBlur` is the field's own, called after.
 */
export function useFieldValidity(
  problem: FieldProblem | null,
  onBlur?: () => void,
): {
  /** Pass as the control's `ref`: the hook sets the control's custom validity. */
  attach: (element: Control | null) => void;
  /** An id for the label's text. */
  labelId: string;
  controlProps: {
    'aria-invalid'?: true;
    'aria-describedby'?: string;
    onInvalid: () => void;
    onBlur: () => void;
  };
  message: ReactNode;
  /** Shows the message now (a field outside a form, on Enter). */
  reveal: () => void;
} {
  const [element, attach] = useState<Control | null>(null);
  const id = useId();
  const labelId = `${id}label`;
  const [attempted, setAttempted] = useState(false);
  const [left, setLeft] = useState(false);
  const text = problem?.message ?? '';
  useEffect(() => {
    element?.setCustomValidity(text);
  }, [element, text]);
  const shown = problem !== null && (attempted || (left && problem.eager));
  return {
    attach,
    labelId,
    controlProps: {
      ...(shown ? { 'aria-invalid': true, 'aria-describedby': id } : {}),
      onInvalid: () => setAttempted(true),
      onBlur: () => {
        setLeft(true);
        onBlur?.();
      },
    },
    message: shown ? (
      <span id={id} className="field-error">
        {problem.message}
      </span>
    ) : null,
    reveal: () => setAttempted(true),
  };
}
