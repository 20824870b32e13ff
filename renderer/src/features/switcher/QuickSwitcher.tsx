import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/index.js';
import { PickerDialog } from '../picker/PickerDialog.js';
import { Segments } from '../search/Segments.js';
import { useSettings } from '../settings/store.js';
import { useSwitcher } from './store.js';

/** The quick switcher dialog: type part of a title, Enter opens the article. */
export function QuickSwitcher() {
  const { t } = useTranslation();
  const visible = useSwitcher((state) => state.visible);
  const text = useSwitcher((state) => state.text);
  const choices = useSwitcher((state) => state.choices);
  const active = useSwitcher((state) => state.active);
  const language = useSettings((state) => state.language);
  if (!visible) return null;
  const store = useSwitcher.getState();
  return (
    <PickerDialog
      title={t('switcher.title')}
      inputLabel={t('switcher.box')}
      listLabel={t('switcher.list')}
      placeholder={t('switcher.placeholder')}
      empty={t('switcher.empty')}
      text={text}
      active={active}
      items={choices.map((choice) => ({
        key: choice.id,
        label: choice.title ? (
          choice.hit ? (
            <Segments segments={choice.hit.titleSegments} />
          ) : (
            choice.title
          )
        ) : (
          t('article.untitled')
        ),
        detail: <time dateTime={choice.updatedAt}>{formatDateTime(choice.updatedAt, language)}</time>,
      }))}
      onText={store.setText}
      onActive={store.setActive}
      onPick={(index) => void store.pick(index)}
      onClose={store.hide}
    />
  );
}
