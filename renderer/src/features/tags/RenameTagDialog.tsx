import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../catalog/FormDialog.js';
import { TextField } from '../forms/TextField.js';
import { notifyFailure } from '../catalog/notify.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { useFilters } from '../filters/store.js';
import { useLibrary } from '../library/store.js';
import { useTags } from './store.js';
import { refreshOpenArticle } from '../catalog/refresh-open.js';
import { useCan } from '../team/can.js';

const findColor = (tag: string) => {
  const walk = (nodes: ReturnType<typeof useTags.getState>['tree']): string | undefined => {
    for (const node of nodes) {
      if (node.path === tag) return node.color;
      const found = walk(node.children);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(useTags.getState().tree);
};

/**
 * Renames a tag everywhere (onto an existing tag: merges the two), sets its
 * colour (not a team writer: colours belong to the taxonomy), or deletes it
 * after confirmation.
 */
export function RenameTagDialog({ tag, onClose }: { tag: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(tag);
  const [color, setColor] = useState(findColor(tag) ?? '#6b7280');
  const [deleting, setDeleting] = useState(false);
  const mayColour = useCan('editTaxonomy');
  const remove = async () => {
    try {
      await useTags.getState().remove(tag);
      if (useFilters.getState().filter.tags?.includes(tag)) await useFilters.getState().change({ tags: [] });
      else await useLibrary.getState().load();
      await refreshOpenArticle();
      onClose();
    } catch (error) {
      notifyFailure('tags.deleteFailed', error);
    }
  };
  const submit = async () => {
    const tags = useTags.getState();
    if (mayColour && color !== (findColor(tag) ?? '#6b7280')) await tags.setColor(tag, color);
    if (name.trim() !== tag) {
      await tags.rename(tag, name);
      const filter = useFilters.getState().filter;
      if (filter.tags?.includes(tag)) await useFilters.getState().change({ tags: [] });
      else await useLibrary.getState().load();
      await refreshOpenArticle();
    }
  };
  return (
    <FormDialog
      title={t('tags.renameTitle', { tag })}
      submitLabel={t('tags.save')}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label={t('tags.newName')} value={name} onChange={setName} required />
      {mayColour && (
        <label className="field">
          <span>{t('tags.color')}</span>
          <input type="color" value={color} onChange={(event) => setColor(event.target.value)} />
        </label>
      )}
      <button type="button" className="button danger small" onClick={() => setDeleting(true)}>
        {t('tags.delete')}
      </button>
      {deleting && (
        <ConfirmDialog
          title={t('tags.deleteTitle', { tag })}
          message={t('tags.deleteMessage', { tag })}
          confirmLabel={t('tags.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void remove();
          }}
        />
      )}
    </FormDialog>
  );
}
