import { useFieldValidity, type FieldProblem } from '../forms/validity.js';

/** A labelled input of the connect form, refused at the field (in the UI language) when `problem` says so. */
export function TeamField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: FieldProblem | null;
  type?: 'text' | 'url' | 'password';
  autoComplete: string;
  hint?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const { attach, labelId, controlProps, message } = useFieldValidity(props.problem);
  const hintId = `${labelId}hint`;
  const describedBy = [controlProps['aria-describedby'], props.hint ? hintId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <label className="field">
      <span id={labelId}>{props.label}</span>
      <input
        ref={(element) => {
          attach(element);
          props.inputRef?.(element);
        }}
        {...controlProps}
        aria-describedby={describedBy || undefined}
        aria-labelledby={labelId}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        spellCheck={false}
        value={props.value}
        required
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint && (
        <span id={hintId} className="field-note">
          {props.hint}
        </span>
      )}
      {message}
    </label>
  );
}
