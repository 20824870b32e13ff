import { useTranslation } from 'react-i18next';
import type { ImportOutcome, SkippedFile } from '../../../../core/index.js';
import type { LeftFile } from './files.js';

/** The files an import leaves out, each with why. */
export function ImportSkipped({
  skipped,
  left,
}: {
  skipped: readonly SkippedFile[];
  left: readonly LeftFile[];
}) {
  const { t } = useTranslation();
  const count = skipped.length + left.length;
  if (count === 0) return null;
  return (
    <details>
      <summary>{t('folderImport.skipped', { count })}</summary>
      <ul className="import-skipped">
        {skipped.map((file) => (
          <li key={`s:${file.path}`}>
            <code>{file.path}</code> — {t(`folderImport.skip.${file.code}`, { defaultValue: file.reason })}
          </li>
        ))}
        {left.map((file) => (
          <li key={`l:${file.path}`}>
            <code>{file.path}</code> — {t(`folderImport.left.${file.reason}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import did: how many articles it wrote, merged and renamed, the images it copied, and every file it left out. */
export function ImportSummary({ outcome, left }: { outcome: ImportOutcome; left: readonly LeftFile[] }) {
  const { t } = useTranslation();
  const files = outcome.files ?? [];
  const renamed = files.filter((file) => file.outcome === 'renamed');
  const merged = files.filter((file) => file.outcome === 'merged');
  return (
    <>
      <p role="status">{t('folderImport.imported', { count: outcome.imported })}</p>
      {(outcome.images ?? 0) > 0 && <p>{t('folderImport.images', { count: outcome.images })}</p>}
      {renamed.length + merged.length > 0 && (
        <ul className="import-skipped">
          {renamed.map((file) => (
            <li key={file.path}>{t('folderImport.renamedTo', { path: file.path, title: file.title })}</li>
          ))}
          {merged.map((file) => (
            <li key={file.path}>{t('folderImport.mergedInto', { path: file.path, title: file.title })}</li>
          ))}
        </ul>
      )}
      <ImportSkipped skipped={outcome.skipped} left={left} />
    </>
  );
}
