import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One choice of a {@link PickerDialog}. */
export interface PickerItem {
  key: string;
  /** The choice's name (its accessible name). */
  label: ReactNode;
  /** Shown after the name, e.g. a shortcut or a date. */
  detail?: ReactNode;
  disabled?: boolean;
  /** `aria-keyshortcuts` of a command. */
  keyshortcuts?: string;
}

/** What a picker shows and does; the owner's store holds the state. */
export interface PickerProps {
  /** Heading and accessible name of the dialog. */
  title: string;
  inputLabel: string;
  listLabel: string;
  placeholder: string;
  /** Shown when there is nothing to choose. */
  empty: string;
  text: string;
  items: readonly PickerItem[];
  active: number;
  onText(text: string): void;
  onActive(index: number): void;
  onPick(index: number): void;
  onClose(): void;
}

/**
 * A keyboard-first modal: a combobox over a listbox. ↑/↓ move, Enter picks,
 * Esc closes; the mouse works too.
 */
export function PickerDialog(props: PickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { items, active } = props;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    input.current?.focus();
  }, []);

  useEffect(() => {
    dialog.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      props.onActive((next + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (items[active] && !items[active].disabled) props.onPick(active);
    }
  };

  const optionId = (index: number) => `picker-option-${index}`;
  return (
    <dialog
      ref={dialog}
      className="dialog picker"
      aria-labelledby="picker-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) props.onClose();
      }}
    >
      <h2 id="picker-title" className="visually-hidden">
        {props.title}
      </h2>
      <input
        ref={input}
        type="text"
        className="filter picker-input"
        role="combobox"
        aria-label={props.inputLabel}
        aria-expanded={items.length > 0}
        aria-controls="picker-list"
        aria-autocomplete="list"
        aria-activedescendant={items[active] ? optionId(active) : undefined}
        placeholder={props.placeholder}
        value={props.text}
        spellCheck={false}
        onChange={(event) => props.onText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id="picker-list" className="picker-list" role="listbox" aria-label={props.listLabel}>
        {items.map((item, index) => (
          <li
            key={item.key}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={index === active}
            aria-disabled={item.disabled === true ? true : undefined}
            // Named by its content, everything it shows (WCAG 2.5.3, "label in name"); a clipped title still counts.
            aria-keyshortcuts={item.keyshortcuts}
            className="picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== active && props.onActive(index)}
            onClick={() => !item.disabled && props.onPick(index)}
          >
            <span id={`${optionId(index)}-label`} className="picker-label">
              {item.label}
            </span>{' '}
            {/* The space separates label and detail in the name; flex layout does not draw it. */}
            {item.detail !== undefined && (
              <span id={`${optionId(index)}-detail`} className="picker-detail">
                {item.detail}
              </span>
            )}
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="picker-empty">{props.empty}</p>}
    </dialog>
  );
}
