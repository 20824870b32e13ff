import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../core/index.js';
import { UsageError, withWorkspace, type Command } from '../command.js';
import { json } from '../format.js';

/** Exports of at least this many articles report progress on stderr, one line per this many. */
const PROGRESS_EVERY = 20;

function describe(result: ExportResult): string {
  const lines = [`Exported ${result.files.length} files to ${result.writtenTo}.`];
  for (const skip of result.skipped) lines.push(`skipped "${skip.title}" (${skip.id}): ${skip.reason}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `export ID… --format F --out PATH [--zip|--combined] [--json]`: articles
 * to Markdown, HTML, DOCX, PDF or ClaimReview JSON-LD. Reads the workspace
 * without its lock, so it works while the app is open.
 */
export const exportCommand: Command = {
  name: 'export',
  summary:
    'export articles to Markdown, HTML, DOCX, PDF or ClaimReview (one file, a folder, a zip, or one combined document)',
  synopsis: 'export ID… --format md|html|docx|pdf|claimreview --out PATH [--zip | --combined] [--json]',
  details: [
    '--format F    md (YAML front matter, [@key] citations, references.json beside several), html (one',
    '              self-contained file), docx (footnotes, bibliography), pdf (printed by Chromium: CHROMIUM_PATH',
    '              or /usr/bin/chromium), claimreview (schema.org JSON-LD of a published article)',
    '--out PATH    one article or --zip/--combined: the file (or a folder to put it in);',
    '              several articles: a folder, created if missing; existing files are never overwritten',
    '--zip         several articles as one zip',
    '--combined    several articles as one document (DOCX with a table of contents, one HTML, one PDF)',
    '--json        print what was written as JSON',
  ],
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    zip: { type: 'boolean' },
    combined: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: [1, 5_000],
  async run(context) {
    const format = context.values.format;
    const out = context.values.out;
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`, exportCommand);
    }
    if (typeof out !== 'string' || out === '') throw new UsageError('export needs --out PATH', exportCommand);
    if (context.values.zip === true && context.values.combined === true) {
      throw new UsageError('choose --zip or --combined, not both', exportCommand);
    }
    const packaging =
      context.values.zip === true ? 'zip' : context.values.combined === true ? 'combined' : 'separate';
    const total = context.positionals.length;
    const { result } = await withWorkspace(context, 'read', (workspace) =>
      workspace.services.exports.run(
        { ids: context.positionals, format: format as ExportFormat, packaging },
        { kind: 'path', path: out },
        {
          progress: (done) => {
            if (total >= PROGRESS_EVERY && done > 0 && (done % PROGRESS_EVERY === 0 || done === total)) {
              context.io.stderr(`rendered ${done} of ${total}\n`);
            }
          },
        },
      ),
    );
    context.io.stdout(context.values.json === true ? json(result) : describe(result));
  },
};
