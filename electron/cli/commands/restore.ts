import type { BackupPreview } from '../../../core/index.js';
import { nodeFileSystem, previewBackupFile } from '../../backend/index.js';
import { withWorkspace, type Command } from '../command.js';
import { json } from '../format.js';

function describe(preview: BackupPreview): string {
  return [
    `Backup ${preview.name}: made ${preview.createdAt} (${preview.reason}), ${preview.sizeBytes} bytes`,
    `${preview.articleCount} articles, workspace format ${preview.schemaVersion}`,
    ...preview.titles.map((title) => `  ${title === '' ? '(untitled)' : title}`),
    '',
  ].join('\n');
}

/**
 * `restore FILE [--dry-run] [--json]`: replaces the workspace with a backup,
 * after checking the whole archive and backing up the current state.
 */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the workspace with a backup (the current state is backed up first)',
  synopsis: 'restore FILE [--dry-run] [--json]',
  details: [
    '--dry-run   check the archive and print what it holds; change nothing',
    '--json      print the preview (or the restored workspace) as JSON',
  ],
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: [1, 1],
  async run(context) {
    const [file] = context.positionals as [string];
    if (context.values['dry-run'] === true) {
      const preview = await previewBackupFile(nodeFileSystem, file);
      context.io.stdout(context.values.json === true ? json(preview) : describe(preview));
      return;
    }
    const info = await withWorkspace(context, 'write', (workspace) => workspace.restoreFrom(file));
    if (context.values.json === true) context.io.stdout(json(info));
    else context.io.stdout(`Restored ${info.articleCount} articles from ${file}.\n`);
  },
};
