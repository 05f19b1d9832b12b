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

/**
 * The web workers (the *.worker.ts files under src/ui) built as chunks of the page's own build, not as
 * bundles of their own: what a worker shares with the page (the engine, zod, i18next, the
 * messages) is one shared chunk that both import, fetched once, instead of a copy in each
 * worker. Build only: `new Worker(new URL('./x.worker.ts', import.meta.url))` becomes the
 * emitted chunk's URL before Vite's own worker plugin sees it; the dev server and the tests
 * keep Vite's handling.
 */
function workersAsChunks(): Plugin {
  const pattern = /new URL\(\s*(['"])(\.{1,2}\/[\w./-]+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)/g;
  return {
    name: 'nineteen-days-workers-as-chunks',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!code.includes('.worker.ts') || id.includes('node_modules')) return null;
      let out = code;
      for (const m of code.matchAll(pattern)) {
        const resolved = await this.resolve(m[2]!, id);
        if (!resolved) this.error(`worker ${m[2]} not found from ${id}`);
        const ref = this.emitFile({ type: 'chunk', id: resolved.id });
        out = out.replace(m[0], `import.meta.ROLLUP_FILE_URL_${ref}`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

// Relative base: the built site works from any static host or folder.
export default defineConfig({
  base: './',
  plugins: [devCsp(), workersAsChunks()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Scenario files are fetched by the Preloader (with a progress bar), never inlined; so is
    // the map's art in assets/, each file fingerprinted for caching and loaded by Phaser's loader.
    assetsInlineLimit: (file) => (file.endsWith('.json') || /[\\/]assets[\\/]/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // Phaser in a chunk of its own: the game code's size is measured without it. And
        // zod in one of its own with src/ui/jitless.ts, which tells it to check without generated
        // code: whatever imports zod (the page, a worker) runs that before any schema is built.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]ui[\\/]jitless\.ts$/ },
          ],
        },
      },
    },
  },
  // The luck-or-choice worker is created with { type: 'module' }: build it as a module too.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
