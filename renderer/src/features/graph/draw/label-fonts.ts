import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import type { FontSource } from './protocol.js';

/** The bundled Noto Sans faces labels are drawn in (the ranges of `app/fonts.css`), loaded by the drawing worker. */
export function labelFonts(): FontSource[] {
  const base = globalThis.location?.href ?? '';
  const url = (path: string) => new URL(path, base).href;
  return [
    {
      family: 'Noto Sans',
      url: url(latin),
      unicodeRange:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, ' +
        'U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
    {
      family: 'Noto Sans',
      url: url(vietnamese),
      unicodeRange:
        'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, ' +
        'U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB',
    },
  ];
}
