// `npm run server`: build the site if it is missing or older than its sources, then
// start the class server (src/server/main.ts) in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = process.env.SITE_DIR ? resolve(process.env.SITE_DIR) : join(ROOT, 'dist');

/** The newest modification time under these paths. */
function newest(paths: string[]): number {
  let t = 0;
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else t = Math.max(t, s.mtimeMs);
  };
  for (const p of paths) walk(p);
  return t;
}

const built = join(SITE, 'index.html');
const sources = ['src', 'scenarios', 'public', 'index.html', 'vite.config.ts'].map((p) => join(ROOT, p));
if (!process.env.SITE_DIR && (!existsSync(built) || statSync(built).mtimeMs < newest(sources))) {
  console.log('Building the site (npm run build)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The site could not be built.');
    process.exit(1);
  }
}

await import('../src/server/main');
