import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

declare const process: { env: Record<string, string | undefined> };

// The renderer is served from the app:// protocol in Electron and from the
// web host in tests: relative asset paths, nothing fetched from elsewhere.
export default defineConfig(({ command }) => {
  // A build is the production one even when a test run (NODE_ENV=test) starts it.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: import.meta.dirname,
    base: './',
    plugins: [react()],
    resolve: {
      // The Hunspell files are bundled as text (`?raw`); their packages export only a Node loader.
      alias: {
        '@dictionaries/vi': `${import.meta.dirname}/../node_modules/dictionary-vi`,
        '@dictionaries/en': `${import.meta.dirname}/../node_modules/dictionary-en`,
      },
    },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: true,
      chunkSizeWarningLimit: 2000,
      // Fonts and images stay files: the CSP allows no data: URLs.
      assetsInlineLimit: 0,
    },
  };
});
