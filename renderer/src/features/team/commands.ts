import { usePalette } from '../commands/store.js';
import { registerCommands, type Command } from '../commands/registry.js';
import { showTeamSettings } from './notify.js';
import { isConnected } from './status.js';
import { useTeam } from './store.js';

/** The team library's commands: its settings, and Sync now while connected. */
const TEAM_COMMANDS: readonly Command[] = [
  {
    id: 'team.settings',
    labelKey: 'commands.teamSettings',
    run: () => {
      usePalette.getState().hide();
      showTeamSettings();
    },
  },
  {
    id: 'team.sync',
    labelKey: 'commands.teamSync',
    enabled: () => isConnected(useTeam.getState().status) && useTeam.getState().busy === null,
    run: () => useTeam.getState().syncNow(),
  },
];

/** Adds the team library's commands to the palette; returns the function that removes them. */
export function registerTeamCommands(): () => void {
  return registerCommands(TEAM_COMMANDS);
}
