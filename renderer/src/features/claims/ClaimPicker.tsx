import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../../../core/text/fold.js';
import { errorMessage } from '../../api/index.js';
import { useCatalogView } from '../catalog/views.js';
import { updateOpenArticle } from '../pipeline/update.js';
import { useClaims } from './store.js';

/** Most matches the picker lists at once. */
const LIMIT = 12;

/** The claims an article answers: links to their pages, a remove button each, and a searchable (tone-insensitive) picker. */
export function ClaimPicker({ claimIds }: { claimIds: readonly string[] }) {
  const { t } = useTranslation();
  const claims = useClaims((state) => state.claims);
  const loaded = useClaims((state) => state.loaded);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  useEffect(() => {
    if (!loaded) void useClaims.getState().load();
  }, [loaded]);
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return claims
      .filter((claim) => !claimIds.includes(claim.id))
      .filter((claim) => {
        const text = fold(`${claim.statement} ${claim.summary}`);
        return words.every((word) => text.includes(word));
      })
      .slice(0, LIMIT);
  }, [claims, claimIds, query]);

  const pick = (id: string) => {
    save([...claimIds, id]);
    setQuery('');
    setActive(0);
  };
  const save = (next: string[]) => {
    setError(null);
    updateOpenArticle({ claimIds: next }).catch((failure: unknown) => setError(errorMessage(failure)));
  };

  return (
    <div className="claim-picker" role="group" aria-label={t('claims.answers')}>
      <ul className="chips">
        {claimIds.map((id) => {
          const statement = byId.get(id)?.statement ?? t('claims.unknown');
          return (
            <li key={id} className="chip claim-chip">
              <button
                type="button"
                className="chip-link"
                onClick={() => useCatalogView.getState().show({ kind: 'claim', id })}
              >
                {statement}
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('claims.unlink', { statement })}
                onClick={() => save(claimIds.filter((item) => item !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="combo">
        <input
          role="combobox"
          aria-expanded={open && matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-label={t('claims.pick')}
          placeholder={t('claims.pickPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setOpen(true);
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((index) =>
                matches.length === 0 ? 0 : (index + step + matches.length) % matches.length,
              );
            }
            if (event.key === 'Enter' && matches[active]) {
              event.preventDefault();
              pick(matches[active].id);
            }
          }}
        />
        {open && matches.length > 0 && (
          <ul id={listId} role="listbox" className="combo-list" aria-label={t('claims.pickList')}>
            {matches.map((claim, index) => (
              <li
                key={claim.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(claim.id);
                  setOpen(false);
                }}
              >
                {claim.statement}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
