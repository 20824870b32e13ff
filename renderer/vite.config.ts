import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from the app:// protocol in Electron and from the
// web host in tests: relative asset paths, nothing fetched from elsewhere.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
