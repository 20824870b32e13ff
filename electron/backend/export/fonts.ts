import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Unicode ranges of the two subsets shipped, as in the app's own font CSS. */
const RANGES = {
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  vietnamese:
    'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB',
};

let css: Promise<string> | null = null;

/**
 * `@font-face` rules for Noto Sans (regular, italic, bold, bold italic;
 * Latin and Vietnamese), the fonts embedded as data: an exported document
 * shows Vietnamese the same on a machine without the font, and loads nothing.
 */
export function embeddedFontCss(): Promise<string> {
  css ??= (async () => {
    const rules: string[] = [];
    for (const weight of [400, 700]) {
      for (const style of ['normal', 'italic']) {
        for (const [subset, range] of Object.entries(RANGES)) {
          const file = require.resolve(
            `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-${style}.woff2`,
          );
          const data = (await readFile(file)).toString('base64');
          rules.push(
            `@font-face{font-family:'Noto Sans';font-style:${style};font-weight:${weight};` +
              `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
          );
        }
      }
    }
    return rules.join('\n');
  })();
  return css;
}
