import { useTranslation } from 'react-i18next';
import type { Category } from '../../../../core/claims/types.js';
import { ARTICLE_STATUSES } from '../../../../core/model/article.js';
import { CATEGORY_PALETTE, NO_CATEGORY_COLOR, NODE_COLORS, type ColorBy } from './model.js';

/** The legend of the node colours: statuses and kinds, or claim categories. */
export function GraphLegend(props: { colorBy: ColorBy; categories: readonly Category[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const entries =
    props.colorBy === 'status'
      ? [
          ...ARTICLE_STATUSES.map((status) => ({
            key: status,
            color: NODE_COLORS[status],
            label: t(`graph.statuses.${status}`),
          })),
          { key: 'claim', color: NODE_COLORS.claim, label: t('graph.kinds.claim') },
          { key: 'tag', color: NODE_COLORS.tag, label: t('graph.kinds.tag') },
        ]
      : [
          ...props.categories.map((category, index) => ({
            key: category.id,
            color: CATEGORY_PALETTE[index % CATEGORY_PALETTE.length]!,
            label: english ? category.name.en : category.name.vi,
          })),
          { key: '', color: NO_CATEGORY_COLOR, label: t('graph.noCategory') },
        ];
  return (
    <ul className="graph-legend" aria-label={t('graph.legend')}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
