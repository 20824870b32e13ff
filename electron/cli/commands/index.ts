import type { Command } from '../command.js';
import { addCommand } from './add.js';
import { checkCommand } from './check.js';
import { editCommand } from './edit.js';
import { importJsonlCommand } from './import-jsonl.js';
import { initCommand } from './init.js';
import { listCommand } from './list.js';
import { renderCommand } from './render.js';
import { showCommand } from './show.js';
import { trashCommand } from './trash.js';

/** Every command of the CLI, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  addCommand,
  editCommand,
  trashCommand,
  listCommand,
  showCommand,
  renderCommand,
  importJsonlCommand,
  checkCommand,
];
