import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../../core/index.js';
import type { LeftFile } from './files.js';

/** What an import did: how many articles it wrote, and every file it left out with the reason. */
export function ImportSummary({ outcome, left }: { outcome: ImportOutcome; left: readonly LeftFile[] }) {
  const { t } = useTranslation();
  const skipped = outcome.skipped.length + left.length;
  return (
    <>
      <p role="status">{t('folderImport.imported', { count: outcome.imported })}</p>
      {skipped > 0 && (
        <details>
          <summary>{t('folderImport.skipped', { count: skipped })}</summary>
          <ul className="import-skipped">
            {outcome.skipped.map((file) => (
              <li key={`s:${file.path}`}>
                <code>{file.path}</code> —{' '}
                {t(`folderImport.skip.${file.code}`, { defaultValue: file.reason })}
              </li>
            ))}
            {left.map((file) => (
              <li key={`l:${file.path}`}>
                <code>{file.path}</code> — {t(`folderImport.left.${file.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
