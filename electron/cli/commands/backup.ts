import { backupTo } from '../../backend/index.js';
import { UsageError, withWorkspace, type Command } from '../command.js';
import { json } from '../format.js';

/** `backup --out FILE [--json]`: the whole workspace into one zip archive. */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'write a backup of the whole workspace to one zip file',
  synopsis: 'backup --out FILE [--json]',
  details: [
    '--out FILE   the archive to write (replaced if it exists)',
    '--json       print what was written as JSON',
  ],
  options: { out: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run(context) {
    const out = context.values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('backup needs --out FILE', backupCommand);
    const info = await withWorkspace(context, 'write', (workspace) => backupTo(workspace, out));
    if (context.values.json === true) context.io.stdout(json(info));
    else context.io.stdout(`Backed up ${info.articleCount} articles to ${out} (${info.sizeBytes} bytes).\n`);
  },
};
