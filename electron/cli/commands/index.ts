import type { Command } from '../command.js';
import { addCommand } from './add.js';
import { bundleCommand } from './bundle.js';
import { exportCommand } from './export.js';
import { linkClaimCommand, statusCommand, tagCommand, tagsCommand } from './article-meta.js';
import { categoriesCommand, claimsCommand } from './claims.js';
import { sourcesCommand } from './sources.js';
import { backupCommand } from './backup.js';
import { checkCommand } from './check.js';
import { editCommand } from './edit.js';
import { importCommand } from './import-folder.js';
import { importJsonlCommand } from './import-jsonl.js';
import { initCommand } from './init.js';
import { linksCommand } from './links.js';
import { listCommand } from './list.js';
import { relatedCommand } from './related.js';
import { renameCommand } from './rename.js';
import { renderCommand } from './render.js';
import { restoreCommand } from './restore.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { teamCommand } from './team.js';
import { trashCommand } from './trash.js';

/** Every command of the CLI, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  addCommand,
  editCommand,
  trashCommand,
  listCommand,
  showCommand,
  searchCommand,
  renderCommand,
  importJsonlCommand,
  importCommand,
  exportCommand,
  bundleCommand,
  teamCommand,
  renameCommand,
  linksCommand,
  relatedCommand,
  claimsCommand,
  categoriesCommand,
  sourcesCommand,
  tagsCommand,
  tagCommand,
  linkClaimCommand,
  statusCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
];
