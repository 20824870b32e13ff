import { useTranslation } from 'react-i18next';
import type { DuplicateTitle, LinkIssue } from '../../../../core/model/links.js';
import { useLinkCheck } from './store.js';

function IssueList({ issues, labelledBy }: { issues: LinkIssue[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <ul className="link-issues" aria-labelledby={labelledBy}>
      {issues.map((issue) => (
        <li key={`${issue.sourceId}:${issue.from}`}>
          <button
            type="button"
            className="link-button"
            onClick={() => void useLinkCheck.getState().openSource(issue.sourceId)}
          >
            {issue.sourceTitle || t('article.untitled')}
          </button>
          <span className="link-issue-line">{t('linkCheck.line', { line: issue.line })}</span>
          <code className="link-issue-target">
            [[{issue.kind === 'claim' ? 'claim:' : ''}
            {issue.target}
            {issue.heading ? `#${issue.heading}` : ''}]]
          </code>
          {issue.targets.length > 1 && (
            <span className="link-issue-candidates">
              {t('linkCheck.candidates', { titles: issue.targets.map((target) => target.title).join(' · ') })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function DuplicateList({ groups }: { groups: DuplicateTitle[] }) {
  const { t } = useTranslation();
  return (
    <ul className="link-issues" aria-labelledby="link-check-duplicates">
      {groups.map((group) => (
        <li key={group.articles[0]!.id}>
          <code className="link-issue-target">[[{group.title}]]</code>
          {group.articles.map((article) => (
            <button
              key={article.id}
              type="button"
              className="link-button"
              onClick={() => void useLinkCheck.getState().openSource(article.id)}
            >
              {article.title || t('article.untitled')}
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** The workspace's broken and ambiguous links, each opening the article that holds it. */
export function LinkCheckView() {
  const { t } = useTranslation();
  const report = useLinkCheck((state) => state.report);
  const loading = useLinkCheck((state) => state.loading);
  const error = useLinkCheck((state) => state.error);

  return (
    <section className="workspace-view link-check" aria-labelledby="link-check-title">
      <header className="workspace-view-header">
        <h2 id="link-check-title">{t('linkCheck.title')}</h2>
        <button type="button" className="button" onClick={() => void useLinkCheck.getState().check()}>
          {t('linkCheck.recheck')}
        </button>
        <button type="button" className="button ghost" onClick={() => useLinkCheck.getState().hide()}>
          {t('linkCheck.close')}
        </button>
      </header>
      <p role="status">
        {error
          ? t('linkCheck.failed', { reason: error })
          : loading || !report
            ? t('linkCheck.checking')
            : t('linkCheck.summary', {
                articles: report.articles,
                links: report.links,
                resolved: report.resolved,
                broken: report.broken.length,
                ambiguous: report.ambiguous.length,
              })}
      </p>
      {report && (
        <div className="link-check-body">
          <h3 id="link-check-broken">{t('linkCheck.broken', { count: report.broken.length })}</h3>
          <IssueList issues={report.broken} labelledBy="link-check-broken" />
          <h3 id="link-check-ambiguous">{t('linkCheck.ambiguous', { count: report.ambiguous.length })}</h3>
          <IssueList issues={report.ambiguous} labelledBy="link-check-ambiguous" />
          <h3 id="link-check-duplicates">
            {t('linkCheck.duplicates', { count: report.duplicateTitles.length })}
          </h3>
          {report.duplicateTitles.length > 0 && <p>{t('linkCheck.duplicateHint')}</p>}
          <DuplicateList groups={report.duplicateTitles} />
        </div>
      )}
    </section>
  );
}
