import type { TFunction } from 'i18next';

/** What a conflict record's `bundle` holds when the copy came from a team database: `team:` and its name. */
const TEAM_PREFIX = 'team:';

/** Where a conflict copy came from, as the writer knows it: "Team library (name)" or the bundle's file name. */
export function conflictOrigin(t: TFunction, bundle: string): string {
  return bundle.startsWith(TEAM_PREFIX)
    ? t('bundles.fromTeam', { db: bundle.slice(TEAM_PREFIX.length) })
    : bundle;
}
