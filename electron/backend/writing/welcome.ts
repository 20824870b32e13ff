import { fold, guideContent, type Language, type WelcomeResult } from '../../../core/index.js';
import { createClaim } from '../catalog/claims.js';
import { freshId } from '../catalog/context.js';
import type { CatalogService } from '../catalog/service.js';
import { createSource } from '../catalog/sources.js';
import type { ArticlesService } from '../articles.js';
import type { WorkspaceDocument } from '../workspace-file.js';

/** What writing the guide needs. */
export interface WelcomeServices {
  articles: ArticlesService;
  catalog: CatalogService;
  document: WorkspaceDocument;
}

/**
 * Writes the first-run guide into a new workspace, once: an example source
 * (the Constitution, with an excerpt), an example claim in the corruption
 * category, and the guide article in `language`, which cites the source and
 * answers the claim. A source or claim already there is reused. The workspace
 * is then marked welcomed, so the guide never comes back once deleted.
 */
export async function writeWelcome(services: WelcomeServices, language: Language): Promise<WelcomeResult> {
  if (services.document.settings.writing.welcome !== 'pending') return { articleId: null };
  const guide = guideContent(language);
  const claimId = await services.catalog.run(async (context) => {
    const { source, claim } = guide;
    if (!context.docs.sources.data.sources.some((known) => known.key === source.key)) {
      const { excerpt, ...fields } = source;
      await createSource(context, {
        ...fields,
        url: '',
        accessed: '',
        notes: '',
        excerpts: [{ id: freshId(), ...excerpt }],
      });
    }
    const existing = context.docs.claims.data.claims.find(
      (known) => fold(known.statement) === fold(claim.statement),
    );
    if (existing !== undefined) return existing.id;
    const categories = context.docs.catalog.data.categories;
    const categoryId = categories.some((category) => category.id === claim.categoryId)
      ? claim.categoryId
      : categories[0]?.id;
    if (categoryId === undefined) return null;
    const created = await createClaim(context, {
      ...claim,
      categoryId,
      appearances: [],
      firstSeen: '',
      tags: [],
      status: 'auto',
    });
    return created.id;
  });
  const article = await services.articles.create({
    title: guide.article.title,
    body: guide.article.body,
    claimIds: claimId === null ? [] : [claimId],
  });
  await services.document.markWelcomed();
  return { articleId: article.id };
}
