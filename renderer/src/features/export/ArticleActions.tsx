import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from '../catalog/notify.js';
import { useBundles } from '../bundles/store.js';
import { useEditor } from '../editor/store.js';
import { printArticles } from './print.js';
import { useExport } from './store.js';

/** What the article's menu offers. */
const ACTIONS = ['export', 'print', 'send'] as const;

/** Runs one of the article's actions. */
function run(action: (typeof ACTIONS)[number], id: string): void {
  if (action === 'export') void useExport.getState().open([id]);
  else if (action === 'print')
    printArticles([id]).catch((error: unknown) => notifyFailure('export.printFailed', error));
  else void useBundles.getState().send([id]);
}

/**
 * The article header's menu: Export…, Print…, Send to… for the open
 * article. A menu button (arrow keys move between the items, Escape closes).
 */
export function ArticleActions() {
  const { t } = useTranslation();
  const id = useEditor((state) => state.article?.id ?? null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  if (id === null) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="article-actions">
      <button
        ref={button}
        type="button"
        className="button ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'article-actions-menu' : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('export.menu')}
      </button>
      {open && (
        <ul
          ref={menu}
          id="article-actions-menu"
          className="menu"
          role="menu"
          aria-label={t('export.menu')}
          onKeyDown={(event) => {
            const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') close();
            else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
            else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
            else return;
            event.preventDefault();
          }}
        >
          {ACTIONS.map((action) => (
            <li key={action} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setOpen(false);
                  run(action, id);
                }}
              >
                {t(`export.actions.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
