import type { HandlersOf } from '../handlers/registry.js';
import type { TeamService } from './service.js';

/** The team library's channels; each answers the status. */
export function teamHandlers(team: TeamService): HandlersOf<`team:${string}`> {
  return {
    'team:status': () => team.status(),
    'team:connect': (request) => team.connect(request),
    'team:disconnect': () => team.disconnect(),
    'team:sync': () => team.sync(),
  };
}
