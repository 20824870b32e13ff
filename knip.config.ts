import type { KnipConfig } from 'knip';

/**
 * knip: unused files, exports and dependencies, run by `npm run lint`.
 * The entry points are the bundles scripts/build.mjs makes, the child
 * processes of the crash and team-loop tests, the renderer's page and the
 * scripts. Test files are found through the vitest configuration.
 */
const config: KnipConfig = {
  entry: [
    'electron/main/main.ts',
    'electron/preload/preload.ts',
    'electron/cli/main.ts',
    'electron/webhost/main.ts',
    'electron/bench/main.ts',
    'electron/backend/crash-writer.child.ts',
    'electron/backend/team/team-loop.child.ts',
    'renderer/src/main.tsx',
    'renderer/vite.config.ts',
    'scripts/*.mjs',
  ],
  project: [
    'core/**/*.ts',
    'electron/**/*.ts',
    'renderer/**/*.{ts,tsx,css}',
    'scripts/**/*.{ts,mjs}',
    'tests/**/*.ts',
    'eslint/**/*.js',
  ],
  // The renderer's own unused exports are its owners' to remove; its files and dependencies are checked.
  ignoreIssues: { 'renderer/**': ['exports', 'types'] },
  // The spelling worker imports the Hunspell files by the alias renderer/vite.config.ts gives them.
  paths: { '@dictionaries/*': ['node_modules/dictionary-*'] },
  // Tests read exports back with LibreOffice and poppler, which .ci/run installs from apt.
  ignoreBinaries: ['soffice', 'pdftotext'],
  compilers: {
    // Fonts are imported by url() from CSS: a package named there is a dependency in use.
    css: (text: string) =>
      [...text.matchAll(/url\(['"]?(@[^/'"]+\/[^/'"]+)/g)].map((match) => `import '${match[1]}';`).join('\n'),
  },
};

export default config;
