import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagNode } from '../../../../core/tags/index.js';
import { notifyFailure } from '../catalog/notify.js';
import { useFilters } from '../filters/store.js';
import { showScope } from '../library/commands.js';
import { RenameTagDialog } from './RenameTagDialog.js';
import { useTags } from './store.js';

function TagItem({ node, onRename }: { node: TagNode; onRename: (tag: string) => void }) {
  const { t } = useTranslation();
  const selected = useFilters((state) => state.filter.tags?.includes(node.path) ?? false);
  return (
    <li>
      <div className="tag-row">
        <button
          type="button"
          className="section tag"
          aria-pressed={selected}
          aria-label={t('tags.filterBy', { tag: node.path, count: node.count })}
          onClick={() => {
            void showScope('active').then(() =>
              useFilters.getState().change({ tags: selected ? [] : [node.path] }),
            );
          }}
        >
          <span
            className="tag-dot"
            style={{ background: node.color ?? 'var(--text-faint)' }}
            aria-hidden="true"
          />
          <span className="tag-name">{node.name}</span>
          <span className="count" aria-hidden="true">
            {node.count}
          </span>
        </button>
        <button
          type="button"
          className="button ghost small tag-edit"
          aria-label={t('tags.rename', { tag: node.path })}
          onClick={() => onRename(node.path)}
        >
          ✎
        </button>
      </div>
      {node.children.length > 0 && (
        <ul className="tag-children">
          {node.children.map((child) => (
            <TagItem key={child.path} node={child} onRename={onRename} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The sidebar's tag tree: nested tags with counts (a parent counts its children) and colours; a click filters. */
export function TagTree() {
  const { t } = useTranslation();
  const tree = useTags((state) => state.tree);
  const [renaming, setRenaming] = useState<string | null>(null);
  useEffect(() => {
    useTags
      .getState()
      .load()
      .catch((error: unknown) => notifyFailure('tags.loadFailed', error));
  }, []);
  return (
    <section className="sidebar-group" aria-labelledby="tag-tree-title">
      <h2 id="tag-tree-title" className="sidebar-heading">
        {t('tags.title')}
      </h2>
      {tree.length === 0 ? (
        <p className="muted small">{t('tags.none')}</p>
      ) : (
        <ul className="sections tag-tree" aria-labelledby="tag-tree-title">
          {tree.map((node) => (
            <TagItem key={node.path} node={node} onRename={setRenaming} />
          ))}
        </ul>
      )}
      {renaming !== null && <RenameTagDialog tag={renaming} onClose={() => setRenaming(null)} />}
    </section>
  );
}
