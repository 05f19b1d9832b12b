import { defineConfig } from 'vite';

// Relative base: the built site works from any static host or folder.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2000 },
});
