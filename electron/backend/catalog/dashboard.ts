import {
  ARTICLE_STATUSES,
  sortCategories,
  type Claim,
  type Dashboard,
  type DueArticle,
  type WaitingClaim,
} from '../../../core/index.js';
import { localDay } from './article-list.js';
import { liveMetas } from './article-meta.js';
import type { CatalogContext } from './context.js';

/** Days ahead an article counts as due soon. */
const DUE_SOON_DAYS = 7;
/** Open claims listed as waiting longest. */
const LONGEST_OPEN_COUNT = 10;

const DAY_MS = 86_400_000;

/** Whole days from the calendar day `from` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) to `today`. */
function daysBetween(from: string, today: string): number {
  const [year, month = '01', day = '01'] = from.split('-');
  const start = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return Math.max(0, Math.floor((Date.UTC(ty, tm - 1, td) - start) / DAY_MS));
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

function waiting(claim: Claim, today: string): WaitingClaim {
  const firstSeen = claim.firstSeen !== '' ? claim.firstSeen : localDay(claim.createdAt);
  return {
    id: claim.id,
    statement: claim.statement,
    categoryId: claim.categoryId,
    firstSeen,
    days: daysBetween(firstSeen, today),
  };
}

/** The dashboard numbers as of `now`. */
export function dashboard(context: CatalogContext, now: Date = new Date()): Dashboard {
  const today = localDay(now);
  const claims = context.docs.claims.data.claims;
  const claimsPerCategory = sortCategories(context.docs.catalog.data.categories).map((category) => {
    const own = claims.filter((claim) => claim.categoryId === category.id);
    const count = (status: Claim['status']) => own.filter((claim) => claim.status === status).length;
    return {
      categoryId: category.id,
      name: { ...category.name },
      answered: count('answered'),
      open: count('open'),
      monitoring: count('monitoring'),
    };
  });
  const metas = liveMetas(context);
  const articlesPerStatus = ARTICLE_STATUSES.map((status) => ({
    status,
    count: metas.filter((meta) => meta.status === status).length,
  }));
  const horizon = addDays(today, DUE_SOON_DAYS);
  const dueSoon: DueArticle[] = metas
    .filter((meta) => meta.deadline !== null && meta.deadline <= horizon)
    .filter((meta) => meta.status !== 'published' && meta.status !== 'archived')
    .map((meta) => ({ id: meta.id, title: meta.title, status: meta.status, deadline: meta.deadline! }))
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  const longestOpen = claims
    .filter((claim) => claim.status === 'open')
    .map((claim) => waiting(claim, today))
    .sort((a, b) => b.days - a.days || (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0))
    .slice(0, LONGEST_OPEN_COUNT);
  return { claimsPerCategory, articlesPerStatus, dueSoon, longestOpen, today };
}
