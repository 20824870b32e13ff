import { createNodeMarkdownRenderer } from '../../backend/index.js';
import { readTextFile } from '../body-file.js';
import type { Command } from '../command.js';

/** `render [FILE]`: markdown to the sanitized HTML the preview shows. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'print the sanitized HTML the preview shows for a markdown file (or stdin)',
  synopsis: 'render [FILE]',
  options: {},
  positionals: [0, 1],
  async run(context) {
    const markdown = await readTextFile(context.positionals[0] ?? '-', context.io.stdin);
    context.io.stdout(createNodeMarkdownRenderer()(markdown));
  },
};
