import { ClaimPicker } from '../claims/ClaimPicker.js';
import { RatingField } from '../export/RatingField.js';
import { useEditor } from '../editor/store.js';
import { TagsEditor } from '../tags/TagsEditor.js';
import { DeadlineBadge } from '../progress/DeadlineBadge.js';
import { WordTargetField } from '../progress/WordTargetField.js';
import { DeadlineField } from './DeadlineField.js';
import { StatusControl } from './StatusControl.js';

/**
 * The article header's second row: status, deadline (and how near it is), word
 * target, claims answered, tags, and the verdict on those claims.
 */
export function ArticleMeta() {
  const article = useEditor((state) => state.article);
  if (!article || article.deletedAt) return null;
  return (
    <div className="article-meta">
      <StatusControl status={article.status} publication={article.publication} />
      <DeadlineField key={`deadline:${article.id}`} deadline={article.deadline} />
      <DeadlineBadge
        deadline={article.deadline}
        done={article.status === 'published' || article.status === 'archived'}
      />
      <WordTargetField key={`target:${article.id}`} target={article.wordTarget} />
      <ClaimPicker claimIds={article.claimIds} />
      <TagsEditor tags={article.tags} />
      {article.claimIds.length > 0 && <RatingField rating={article.rating} />}
    </div>
  );
}
