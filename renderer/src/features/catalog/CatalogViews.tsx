import './catalog.css';
import { useEffect } from 'react';
import { ClaimPage } from '../claims/ClaimPage.js';
import { ClaimsView } from '../claims/ClaimsView.js';
import { DashboardView } from '../dashboard/DashboardView.js';
import { SourcePage } from '../sources/SourcePage.js';
import { SourcesView } from '../sources/SourcesView.js';
import { registerCatalogCommands } from './commands.js';
import { followLibraryCounts } from './follow-library.js';
import { useCatalogView } from './views.js';

/** The open catalog screen (claims, a claim, sources, a source, the dashboard), laid over the list and the article. */
export function CatalogViews() {
  const view = useCatalogView((state) => state.view);
  useEffect(() => registerCatalogCommands(), []);
  useEffect(() => followLibraryCounts(), []);
  switch (view?.kind) {
    case 'claims':
      return <ClaimsView />;
    case 'claim':
      return <ClaimPage id={view.id} />;
    case 'sources':
      return <SourcesView />;
    case 'source':
      return <SourcePage id={view.id} />;
    case 'dashboard':
      return <DashboardView />;
    default:
      return null;
  }
}
