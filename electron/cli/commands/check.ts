import { checkWorkspace, type CheckReport } from '../../backend/index.js';
import type { Command } from '../command.js';
import { json } from '../format.js';
import { describeDuplicateTitle, describeLinkIssue, linkReportOf } from '../link-report.js';

function describeLock(report: CheckReport): string {
  const { lock } = report;
  if (lock.state === 'free' || lock.state === 'unreadable') return `lock ${lock.state}`;
  return `lock ${lock.state} (${lock.holder.owner}, pid ${lock.holder.pid} on ${lock.holder.host})`;
}

/**
 * `check [--json]`: the integrity report and the link report; exit 1 when
 * the integrity check finds a problem. Broken and ambiguous links are listed
 * but do not fail the check: a link to an article not yet written is normal.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check every file of the workspace without changing anything (exit 1 on problems)',
  synopsis: 'check [--json]',
  details: ['--json   print the report as JSON'],
  options: { json: { type: 'boolean' } },
  positionals: [0, 0],
  async run(context) {
    const report = await checkWorkspace(context.dataDir());
    const links = report.articles > 0 ? await linkReportOf(context.dataDir()) : null;
    if (context.values.json === true) {
      context.io.stdout(json({ ...report, links }));
    } else {
      const errors = report.issues.filter((issue) => issue.severity === 'error').length;
      const warnings = report.issues.length - errors;
      context.io.stdout(
        `${report.ok ? 'OK' : 'PROBLEMS'}: ${report.articles} articles, ${errors} errors, ${warnings} warnings, ${describeLock(report)}\n` +
          `${report.revisions} revisions, ${report.backups} backups, ${report.journal} unsaved journal entries\n`,
      );
      for (const issue of report.issues) {
        context.io.stdout(`${issue.severity}: ${issue.file || report.dir}: ${issue.message}\n`);
      }
      if (links !== null) {
        context.io.stdout(
          `links: ${links.links} in ${links.articles} articles, ${links.resolved} resolved, ${links.broken.length} broken, ${links.ambiguous.length} ambiguous, ${links.duplicateTitles.length} titles held by several articles\n`,
        );
        for (const issue of [...links.ambiguous, ...links.broken])
          context.io.stdout(`${describeLinkIssue(issue)}\n`);
        for (const group of links.duplicateTitles) context.io.stdout(`${describeDuplicateTitle(group)}\n`);
      }
    }
    return report.ok ? 0 : 1;
  },
};
