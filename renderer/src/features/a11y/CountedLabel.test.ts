import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { countedPieces } from './CountedLabel.js';

/** The pieces as text: shown ones in brackets, read-only ones as they are. */
const layout = (pieces: ReturnType<typeof countedPieces>) =>
  pieces.map((piece) => ('shown' in piece ? `[${String(piece.shown)}]` : piece.read)).join('');

describe('countedPieces', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it('shows the name and the count and keeps the sentence around them for the name', async () => {
    await i18next.changeLanguage('en');
    const pieces = countedPieces(
      'pipeline.filterBy',
      { key: 'status', text: 'Draft' },
      { value: 12, node: '12' },
    );
    expect(layout(pieces)).toBe('[Draft]: [12] articles');
    await i18next.changeLanguage('vi');
    const vi = countedPieces(
      'claims.categoryFilter',
      { key: 'name', text: 'Kinh tế' },
      { value: 3, node: '3' },
    );
    expect(layout(vi)).toBe('[Kinh tế]: [3] luận điểm');
  });

  it('finds the count after the name even when the name holds the same number', async () => {
    await i18next.changeLanguage('en');
    const pieces = countedPieces(
      'claims.categoryFilter',
      { key: 'name', text: 'Election 2' },
      { value: 2, node: '2' },
    );
    expect(layout(pieces)).toBe('[Election 2]: [2] claims');
  });
});
