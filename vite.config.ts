import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * index.html carries the strict Content-Security-Policy the built site is served with.
 * The dev server injects CSS as <style> elements and talks to its client over a
 * WebSocket, so while serving (only) the policy is relaxed for those two things.
 */
function devCsp(): Plugin {
  return {
    name: 'nineteen-days-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

// Relative base: the built site works from any static host or folder.
export default defineConfig({
  base: './',
  plugins: [devCsp()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Scenario files are fetched by the Preloader (with a progress bar), never inlined; so is
    // the map's art in assets/, each file fingerprinted for caching and loaded by Phaser's loader.
    assetsInlineLimit: (file) => (file.endsWith('.json') || /[\\/]assets[\\/]/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // Phaser in a chunk of its own: the game code's size is measured without it.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  // The luck-or-choice worker is created with { type: 'module' }: build it as a module too.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
