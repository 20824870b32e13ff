import './links.css';
import { useEffect } from 'react';
import { GraphView } from '../graph/GraphView.js';
import { useGraph } from '../graph/store.js';
import { LinkCheckView } from '../link-check/LinkCheckView.js';
import { useLinkCheck } from '../link-check/store.js';
import { LinkQuestionDialog } from './LinkQuestionDialog.js';
import { followClaims, followLibrary } from './targets.js';

/**
 * The views laid over the list and the article (the link graph, the link
 * check), which stay mounted underneath, and the question a followed link
 * may raise. Keeps the link targets in step with the library and the claims while mounted.
 */
export function WorkspaceViews() {
  const graphOpen = useGraph((state) => state.open);
  const checkOpen = useLinkCheck((state) => state.open);
  useEffect(() => followLibrary(), []);
  useEffect(() => followClaims(), []);
  return (
    <>
      {graphOpen && <GraphView />}
      {checkOpen && <LinkCheckView />}
      <LinkQuestionDialog />
    </>
  );
}
