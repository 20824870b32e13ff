import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';

/** Props of {@link Modal}: a native dialog's own attributes, but never `open` or `onCancel`. */
interface ModalProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onCancel'> {
  /** Shown as a modal while true (default: while mounted). */
  open?: boolean;
  /** Escape, or the owner's own buttons: the owner decides, and then hides or unmounts the dialog. */
  onDismiss: () => void;
  children?: ReactNode;
}

/**
 * A modal native `<dialog>`: shown with `showModal` (focus trapped, the page
 * behind inert) while `open`, closed when it turns false or the dialog
 * unmounts. Escape never closes it behind its owner's back: it asks the owner
 * through `onDismiss`. An element marked `data-initial-focus` takes the focus
 * when it opens (nothing is decided by a stray Enter).
 */
export function Modal({ open = true, onDismiss, className = 'dialog wide', children, ...rest }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  useEffect(() => {
    const element = dialog.current;
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      {...rest}
    >
      {children}
    </dialog>
  );
}
