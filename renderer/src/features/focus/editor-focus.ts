import { Compartment, type Extension } from '@codemirror/state';
import { useEditor } from '../editor/store.js';
import type { DocumentSession } from '../editor/session.js';
import { useSettings } from '../settings/store.js';
import { focusParagraph } from './focus-paragraph.js';
import { useFocusMode } from './store.js';
import { typewriterScrolling } from './typewriter.js';

const focus = new Compartment();
const typewriter = new Compartment();

/** The slots every article editor has for focus mode and typewriter scrolling; {@link followFocus} fills them. */
export function articleFocus(): Extension {
  return [focus.of([]), typewriter.of([])];
}

/** Keeps the open article's editor in step with focus mode and the typewriter preference; Escape leaves focus mode. */
export function followFocus(): () => void {
  let last: { session: DocumentSession | null; focus: boolean; typewriter: boolean } = {
    session: null,
    focus: false,
    typewriter: false,
  };
  const apply = () => {
    const session = useEditor.getState().session;
    const next = {
      session,
      focus: useFocusMode.getState().on,
      typewriter: useSettings.getState().writing.typewriter,
    };
    const fresh = session !== last.session;
    const effects = [];
    if (fresh || next.focus !== last.focus)
      effects.push(focus.reconfigure(next.focus ? focusParagraph() : []));
    if (fresh || next.typewriter !== last.typewriter) {
      effects.push(typewriter.reconfigure(next.typewriter ? typewriterScrolling() : []));
    }
    last = next;
    if (effects.length > 0) session?.dispatch({ effects });
  };
  apply();
  // Escape leaves focus mode, unless it closes something open on the page first (a completion, the spelling
  // menu, a menu, a dialog). Heard before the editor, whose own Escape bindings may take the key otherwise.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !useFocusMode.getState().on) return;
    if (document.querySelector('.cm-tooltip, .cm-spelling-menu, [role="menu"], [role="dialog"]')) return;
    useFocusMode.getState().leave();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  const stops = [
    useEditor.subscribe(apply),
    useSettings.subscribe(apply),
    useFocusMode.subscribe(apply),
    () => window.removeEventListener('keydown', onKey, { capture: true }),
  ];
  return () => stops.forEach((stop) => stop());
}
