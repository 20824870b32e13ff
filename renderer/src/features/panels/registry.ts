import type { ComponentType } from 'react';
import { BacklinksPanel } from '../backlinks/BacklinksPanel.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { RelatedPanel } from '../related/RelatedPanel.js';
import type { PanelId } from './store.js';

/** What the frame needs to show one panel: its name (an i18n key) and its content. */
export interface PanelDefinition {
  id: PanelId;
  labelKey: string;
  Content: ComponentType<{ articleId: string }>;
}

/** Every right-side panel, in the order of their toggles. */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'backlinks', labelKey: 'panels.backlinks', Content: BacklinksPanel },
  { id: 'related', labelKey: 'panels.related', Content: RelatedPanel },
  { id: 'history', labelKey: 'panels.history', Content: HistoryPanel },
];
