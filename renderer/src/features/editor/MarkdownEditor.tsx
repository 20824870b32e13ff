import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITOR_PHRASES, editorLabels, labelExtensions } from './extensions.js';
import type { DocumentSession } from './session.js';

/**
 * A view of the open article's document session. It attaches when shown
 * and detaches when hidden (a view-mode switch, another article): the text,
 * selection and undo history stay in the session, so the next view shows
 * exactly what the writer left.
 */
export function MarkdownEditor({ session, autoFocus }: { session: DocumentSession; autoFocus: boolean }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const label = t('editor.label');
  const hint = t('editor.placeholder');
  const phrases = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(EDITOR_PHRASES).map(([english, key]) => [english, t(`editor.phrases.${key}`)]),
      ),
    // The words follow the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );

  useEffect(() => {
    if (!host.current) return;
    const view = session.attach(host.current);
    view.dispatch({ effects: editorLabels.reconfigure(labelExtensions(label, hint, phrases)) });
    if (autoFocus) view.focus();
    return () => session.detach(view);
    // Attached once per session and mount; label changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  useEffect(() => {
    session.attached?.dispatch({ effects: editorLabels.reconfigure(labelExtensions(label, hint, phrases)) });
  }, [session, label, hint, phrases]);

  return <div className="editor" ref={host} />;
}
