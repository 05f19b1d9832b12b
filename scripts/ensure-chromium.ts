// Before the browser tests: find Chromium (CHROMIUM_PATH, then Debian's /usr/bin/chromium)
// and, when it is missing, install Debian's package where we may (root with apt-get), or
// stop at once with one line saying how. Playwright's own browser download does not
// work on the machines this project runs on, so the tests drive Debian's Chromium.
//   tsx scripts/ensure-chromium.ts   (npm run test:e2e runs it first)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH;

function works(path: string): string | null {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function fail(message: string): never {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (wanted) {
  if (!existsSync(wanted)) fail(`CHROMIUM_PATH is ${wanted}, which does not exist`);
  const version = works(wanted);
  if (!version) fail(`CHROMIUM_PATH ${wanted} does not run (${wanted} --version failed)`);
  console.error(`ensure-chromium: ${version} (${wanted})`);
  process.exit(0);
}

if (!existsSync(DEBIAN)) {
  const root = process.getuid?.() === 0;
  // Not root: sudo only if it needs no password (nobody is there to type one).
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!(root || sudo) || !apt) fail(`Chromium not found at ${DEBIAN}: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);
  console.error('ensure-chromium: Chromium is missing; installing Debian\'s package (apt-get install chromium)…');
  const run = (args: string[]): void => {
    const [cmd, ...rest] = sudo ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args] : args;
    execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch {
    fail('apt-get install chromium failed (see above); install it by hand or set CHROMIUM_PATH');
  }
}
const version = works(DEBIAN);
if (!version) fail(`${DEBIAN} does not run (${DEBIAN} --version failed)`);
console.error(`ensure-chromium: ${version} (${DEBIAN})`);
