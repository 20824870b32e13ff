import { useTranslation } from 'react-i18next';
import { ImportFolderButton } from '../folder-import/ImportFolder.js';
import { useGraph } from '../graph/store.js';
import { useLinkCheck } from '../link-check/store.js';

/** The sidebar's workspace actions: the link graph, the link check and the folder import. */
export function WorkspaceTools() {
  const { t } = useTranslation();
  const graphOpen = useGraph((state) => state.open);
  const checkOpen = useLinkCheck((state) => state.open);
  return (
    <ul className="sections" aria-label={t('links.tools')}>
      <li>
        <button
          type="button"
          className="section"
          aria-current={graphOpen ? 'page' : undefined}
          onClick={() => {
            useLinkCheck.getState().hide();
            void useGraph.getState().show();
          }}
        >
          {t('graph.open')}
        </button>
      </li>
      <li>
        <button
          type="button"
          className="section"
          aria-current={checkOpen ? 'page' : undefined}
          onClick={() => {
            useGraph.getState().hide();
            void useLinkCheck.getState().show();
          }}
        >
          {t('linkCheck.open')}
        </button>
      </li>
      <li>
        <ImportFolderButton />
      </li>
    </ul>
  );
}
