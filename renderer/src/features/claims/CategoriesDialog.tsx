import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../../core/claims/index.js';
import { categoryName } from '../catalog/names.js';
import { describeFailure } from '../forms/failure.js';
import { useFieldValidity } from '../forms/validity.js';
import { useSettings } from '../settings/store.js';
import { useClaims } from './store.js';

function CategoryRow(props: {
  category: Category;
  index: number;
  count: number;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useSettings((state) => state.language);
  const categories = useClaims((state) => state.categories);
  const { category, index } = props;
  const [vi, setVi] = useState(category.name.vi);
  const [en, setEn] = useState(category.name.en);
  const others = categories.filter((other) => other.id !== category.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const name = categoryName(category, language);
  const label = (path: string) =>
    path === 'name.vi'
      ? t('categories.nameVi', { name })
      : path === 'name.en'
        ? t('categories.nameEn', { name })
        : undefined;
  const run = (action: () => Promise<void>) =>
    void action().catch((error: unknown) => props.onError(describeFailure(t, error, label)));
  const store = useClaims.getState();
  const move = (by: number) => {
    const ids = categories.map((item) => item.id);
    ids.splice(index, 1);
    ids.splice(index + by, 0, category.id);
    run(() => store.categoryAction('categories:reorder', { ids }));
  };

  return (
    <li className="category-row" aria-label={name}>
      <input
        aria-label={t('categories.nameVi', { name })}
        value={vi}
        onChange={(event) => setVi(event.target.value)}
      />
      <input
        aria-label={t('categories.nameEn', { name })}
        value={en}
        onChange={(event) => setEn(event.target.value)}
      />
      <button
        type="button"
        className="button small"
        disabled={vi === category.name.vi && en === category.name.en}
        onClick={() =>
          run(() => store.categoryAction('categories:rename', { id: category.id, name: { vi, en } }))
        }
      >
        {t('categories.rename')}
      </button>
      <button
        type="button"
        className="button small ghost"
        aria-label={t('categories.up', { name })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button small ghost"
        aria-label={t('categories.down', { name })}
        disabled={index === categories.length - 1}
        onClick={() => move(1)}
      >
        ↓
      </button>
      <span className="muted">{t('categories.claims', { count: props.count })}</span>
      {others.length > 0 && (
        <>
          <select
            aria-label={t('categories.target', { name })}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {categoryName(other, language)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button small danger"
            onClick={() =>
              run(() =>
                store.categoryAction('categories:delete', {
                  id: category.id,
                  ...(props.count > 0 ? { reassignTo: target } : {}),
                }),
              )
            }
          >
            {t(props.count > 0 ? 'categories.deleteMoving' : 'categories.delete', { name })}
          </button>
        </>
      )}
    </li>
  );
}

/**
 * The claim taxonomy, editable: names in both languages, order, new
 * categories, and delete — a category holding claims moves them to the one
 * chosen (a merge), so no claim is left without a category.
 */
export function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const categories = useClaims((state) => state.categories);
  const claims = useClaims((state) => state.claims);
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const count = (id: string) => claims.filter((claim) => claim.categoryId === id).length;
  const newVi = useFieldValidity(
    vi.trim() === ''
      ? { message: t('forms.required', { field: t('categories.newVi') }), eager: false }
      : null,
  );
  const { attach: attachNewVi, controlProps: newViProps, message: newViProblem } = newVi;
  const newLabel = (path: string) =>
    path === 'name.vi' ? t('categories.newVi') : path === 'name.en' ? t('categories.newEn') : undefined;

  return (
    <dialog
      ref={dialog}
      className="dialog wide catalog-form"
      aria-labelledby="categories-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="categories-dialog-title">{t('categories.title')}</h2>
      <ol className="category-rows">
        {categories.map((category, index) => (
          <CategoryRow
            key={`${category.id}:${category.name.vi}:${category.name.en}`}
            category={category}
            index={index}
            count={count(category.id)}
            onError={setError}
          />
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          useClaims
            .getState()
            .categoryAction('categories:add', { name: { vi, en } })
            .then(() => {
              setVi('');
              setEn('');
            })
            .catch((failure: unknown) => setError(describeFailure(t, failure, newLabel)));
        }}
      >
        <input
          ref={attachNewVi}
          {...newViProps}
          aria-label={t('categories.newVi')}
          placeholder={t('categories.newVi')}
          value={vi}
          required
          onChange={(event) => setVi(event.target.value)}
        />
        <input
          aria-label={t('categories.newEn')}
          placeholder={t('categories.newEn')}
          value={en}
          onChange={(event) => setEn(event.target.value)}
        />
        <button type="submit" className="button small primary">
          {t('categories.add')}
        </button>
        {newViProblem}
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('categories.done')}
        </button>
      </div>
    </dialog>
  );
}
