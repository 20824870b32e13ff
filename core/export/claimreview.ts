import type { Claim } from '../claims/types.js';
import { AppError } from '../errors.js';
import type { Article } from '../model/article.js';
import type { PublishingSettings } from '../model/settings.js';

/** A schema.org ClaimReview, as JSON-LD. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  datePublished: string;
  headline: string;
  inLanguage: 'vi';
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    datePublished?: string;
    appearance?: Array<{
      '@type': 'CreativeWork';
      headline?: string;
      url?: string;
      datePublished?: string;
      publisher?: { '@type': 'Organization'; name: string };
    }>;
  };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: 1;
    alternateName: string;
  };
  author: { '@type': 'Organization'; name: string; url?: string };
}

/** What a ClaimReview is made of: the article, the claims it answers, the workspace's publishing settings. */
export interface ClaimReviewInput {
  article: Article;
  claims: readonly Claim[];
  publishing: PublishingSettings;
}

/** Why an article cannot have a ClaimReview, as a code the UI translates. */
export type ClaimReviewProblem =
  | 'notPublished'
  | 'noUrl'
  | 'noDate'
  | 'noClaim'
  | 'noRating'
  | 'ratingOffScale'
  | 'noOrganisation';

/**
 * What keeps an article from a ClaimReview: it must be published with an
 * address and a date, answer at least one claim, carry a rating of the
 * scale, and the organisation must be named in the settings.
 */
export function claimReviewIssues({ article, claims, publishing }: ClaimReviewInput): ClaimReviewProblem[] {
  const problems: ClaimReviewProblem[] = [];
  if (article.status !== 'published') problems.push('notPublished');
  if (!article.publication?.url) problems.push('noUrl');
  if (!article.publication?.date) problems.push('noDate');
  if (claims.length === 0) problems.push('noClaim');
  if (article.rating === null) problems.push('noRating');
  else if (!publishing.ratingScale.some((step) => step.value === article.rating))
    problems.push('ratingOffScale');
  if (publishing.organisation.trim() === '') problems.push('noOrganisation');
  return problems;
}

const PROBLEM_TEXT: Record<ClaimReviewProblem, (input: ClaimReviewInput) => string> = {
  notPublished: () => 'the article is not published',
  noUrl: () => 'the article has no published address (URL)',
  noDate: () => 'the article has no publication date',
  noClaim: () => 'the article answers no claim',
  noRating: () => 'the article has no rating',
  ratingOffScale: ({ article, publishing }) =>
    `the rating ${article.rating} is not on the rating scale (1–${publishing.ratingScale.length})`,
  noOrganisation: () => 'the organisation is not named in the settings',
};

/** {@link claimReviewIssues} in English words (the CLI prints them; the UI translates the codes). */
export function claimReviewProblems(input: ClaimReviewInput): string[] {
  return claimReviewIssues(input).map((code) => PROBLEM_TEXT[code](input));
}

/**
 * One ClaimReview per claim the article answers, in JSON-LD (schema.org):
 * the claim's statement, where it appeared (title, outlet, address, date —
 * publications, never persons), the article's rating on the workspace's
 * scale, the organisation as author, the article's address and date.
 * Refuses, saying what is missing, when {@link claimReviewProblems} finds anything.
 */
export function claimReviews(input: ClaimReviewInput): ClaimReview[] {
  const problems = claimReviewProblems(input);
  const { article, claims, publishing } = input;
  if (problems.length > 0) {
    throw new AppError('invalid_request', `No ClaimReview for "${article.title}": ${problems.join('; ')}.`, {
      problems,
    });
  }
  const scale = publishing.ratingScale;
  const verdict = scale.find((step) => step.value === article.rating)!;
  const publication = article.publication!;
  const author: ClaimReview['author'] = { '@type': 'Organization', name: publishing.organisation.trim() };
  if (publishing.organisationUrl.trim() !== '') author.url = publishing.organisationUrl.trim();
  return claims.map((claim) => {
    const itemReviewed: ClaimReview['itemReviewed'] = { '@type': 'Claim' };
    if (claim.firstSeen !== '') itemReviewed.datePublished = claim.firstSeen;
    if (claim.appearances.length > 0) {
      itemReviewed.appearance = claim.appearances.map((seen) => ({
        '@type': 'CreativeWork' as const,
        ...(seen.title === '' ? {} : { headline: seen.title }),
        ...(seen.url === '' ? {} : { url: seen.url }),
        ...(seen.date === '' ? {} : { datePublished: seen.date }),
        ...(seen.outlet === '' ? {} : { publisher: { '@type': 'Organization' as const, name: seen.outlet } }),
      }));
    }
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: publication.url,
      datePublished: publication.date,
      headline: article.title,
      inLanguage: 'vi',
      claimReviewed: claim.statement,
      itemReviewed,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: verdict.value,
        bestRating: scale.length,
        worstRating: 1,
        alternateName: verdict.label,
      },
      author,
    };
  });
}
