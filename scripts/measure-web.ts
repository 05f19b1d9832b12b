// The browser budgets, measured: game code size (gzip, Phaser aside), time to the first
// interactive screen from `vite preview`, and frames per second on the map while a day
// plays. Headless Debian Chromium; its WebGL is SwiftShader (software) unless a GPU is
// there. Run: npm run measure   (builds dist/ first; --runs N for the timing runs)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, decideAll, launch, replayUntil, startPreview } from './lib/browser';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const skipBuild = args.includes('--no-build');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function sizes(): { game: number; worker: number; phaser: number; css: number; data: number } {
  const dir = join(ROOT, 'dist/assets');
  const gz = (f: string): number => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const files = readdirSync(dir);
  const js = files.filter((f) => f.endsWith('.js'));
  return {
    game: js.filter((f) => !f.startsWith('phaser-')).reduce((t, f) => t + gz(f), 0),
    // The two workers' own entry files (luck-or-choice, the class comparison), fetched when a run starts: they are
    // chunks of the page's build, so the engine and the libraries they run are the page's own chunks, counted once above.
    worker: js.filter((f) => f.includes('.worker')).reduce((t, f) => t + gz(f), 0),
    phaser: js.filter((f) => f.startsWith('phaser-')).reduce((t, f) => t + gz(f), 0),
    css: files.filter((f) => f.endsWith('.css')).reduce((t, f) => t + gz(f), 0),
    data: files.filter((f) => f.endsWith('.json')).reduce((t, f) => t + gz(f), 0),
  };
}

/** Frames per second on the map while the day of 4 November plays, loaded from a replay code. */
async function dayFps(url: string, code: string, query: string): Promise<{ fps: { mean: number; p95: number; frames: number; seconds: number; dropped: number }; idle: number; renderer: string }> {
  const b = await launch({ reducedMotion: 'no-preference' });
  try {
    const page = b.page;
    await page.goto(url + query);
    await page.locator('[data-action=load-replay]').click();
    await page.locator('#load-code').fill(code);
    await page.locator('[data-action=load-code]').click();
    await page.locator('#end-turn').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
    const renderer = await page.evaluate(() => document.getElementById('app')?.dataset.renderer ?? '?');
    const guide = page.locator('[data-action=guide-close]');
    if (await guide.isVisible()) await guide.click();
    await decideAll(page);
    await page.waitForTimeout(1000);
    const idle = await page.evaluate(() => new Promise<number>((done) => {
      let n = 0;
      const t0 = performance.now();
      const f = (): void => {
        n++;
        if (performance.now() - t0 < 1000) requestAnimationFrame(f);
        else done(n / ((performance.now() - t0) / 1000));
      };
      requestAnimationFrame(f);
    }));
    const sampling = page.evaluate(() => new Promise<{ frames: number[]; seconds: number }>((done) => {
      const frames: number[] = [];
      let last = 0;
      let start = 0;
      const f = (t: number): void => {
        if (!start) start = t;
        else frames.push(t - last);
        last = t;
        // The day plays for 4.2 s; sample the first 4 s of it.
        if (t - start < 4000) requestAnimationFrame(f);
        else done({ frames, seconds: (t - start) / 1000 });
      };
      requestAnimationFrame(f);
    }));
    await page.locator('#end-turn').click();
    const sample = await sampling;
    const sorted = [...sample.frames].sort((a, b2) => a - b2);
    // Frames the display showed again for want of a new one: each interval is whole vsyncs.
    const vsync = median(sample.frames);
    const dropped = sample.frames.reduce((n, d) => n + Math.max(0, Math.round(d / vsync) - 1), 0);
    await page.locator('[data-testid=day-report]').waitFor({ timeout: 120_000 });
    if (b.problems.length) throw new Error(b.problems.join('\n'));
    return {
      fps: { mean: sample.frames.length / sample.seconds, p95: 1000 / sorted[Math.floor(sorted.length * 0.95)]!, frames: sample.frames.length, seconds: sample.seconds, dropped },
      idle,
      renderer,
    };
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  if (!skipBuild) execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const size = sizes();
  const preview = await startPreview();
  try {
    // Time to the first interactive screen: the title with its buttons working, from navigation start.
    const interactive: number[] = [];
    const mapReady: number[] = [];
    let gpu = '';
    // What the first screen fetched besides code: the map's art (assets/), the typefaces, the scenario data.
    let fetched: { art: number; fonts: number; data: number } | null = null;
    for (let i = 0; i < runs; i++) {
      const b = await launch({ reducedMotion: 'reduce' });
      try {
        await b.page.goto(preview.url, { waitUntil: 'commit' });
        await b.page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0, null, { timeout: 30_000 });
        const marks = await b.page.evaluate(() => ({
          interactive: performance.getEntriesByName('nd:title-interactive')[0]!.startTime,
          map: performance.getEntriesByName('nd:phaser-ready')[0]!.startTime,
        }));
        interactive.push(marks.interactive);
        fetched ??= await b.page.evaluate(() => {
          const out = { art: 0, fonts: 0, data: 0 };
          const ready = performance.getEntriesByName('nd:phaser-ready')[0]!.startTime;
          for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
            if (e.startTime > ready) continue;
            const file = e.name.split('/').pop() ?? '';
            const bytes = e.encodedBodySize;
            if (/\.(woff2?|ttf)$/.test(file)) out.fonts += bytes;
            else if (/^(budapest-1956|hungary-1956|paper|ink|emblem|cross|diamond|ring|ring-dot|square|star|triangle)-[\w-]+\.(json|png|svg)$/.test(file)) out.art += bytes;
            else if (file.endsWith('.json')) out.data += bytes;
          }
          return out;
        });
        mapReady.push(marks.map);
        if (!gpu) {
          gpu = await b.page.evaluate(() => {
            const gl = document.createElement('canvas').getContext('webgl');
            if (!gl) return 'no WebGL';
            const info = gl.getExtension('WEBGL_debug_renderer_info');
            return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
          });
        }
        if (b.problems.length) throw new Error(b.problems.join('\n'));
      } finally {
        await b.close();
      }
    }

    const code = replayUntil('1956-11-04');
    const auto = await dayFps(preview.url, code, '');
    const webgl = await dayFps(preview.url, code, '?renderer=webgl');
    const fps = auto.fps;
    const idle = auto.idle;

    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    const ms = (n: number): string => `${Math.round(n)} ms`;
    const rows: [string, string, string, string][] = [
      ['Game code, gzip (Phaser aside)', kb(size.game), '≤ 200 KB', size.game <= 200 * 1024 ? 'ok' : 'OVER'],
      ['  of which the workers\' own files (on demand)', kb(size.worker), '—', ''],
      ['  Phaser chunk, gzip', kb(size.phaser), '—', ''],
      ['  CSS, gzip / scenario data, gzip', `${kb(size.css)} / ${kb(size.data)}`, '—', ''],
      ['Map art + typefaces for the first screen', kb(fetched!.art + fetched!.fonts), '≤ 300 KB', fetched!.art + fetched!.fonts <= 300 * 1024 ? 'ok' : 'OVER'],
      ['  map art (assets/) / typefaces, as served', `${kb(fetched!.art)} / ${kb(fetched!.fonts)}`, '—', ''],
      ['  scenario data, as served (uncompressed)', kb(fetched!.data), '—', ''],
      [`First interactive screen (median of ${runs})`, ms(median(interactive)), '≤ 2000 ms', median(interactive) <= 2000 ? 'ok' : 'OVER'],
      ['  worst run', ms(Math.max(...interactive)), '', ''],
      ['  map drawn and ready (median)', ms(median(mapReady)), '—', ''],
      ['Map fps while the day plays (mean)', fps.mean.toFixed(1), '60', fps.mean >= 60 ? 'ok' : 'under'],
      ['  95% of frames at least (fps)', fps.p95.toFixed(1), '', ''],
      ['  frames dropped (vsyncs missed)', String(fps.dropped), '0', ''],
      ['  fps with the map idle (asleep)', idle.toFixed(1), '', ''],
      [`  renderer chosen: ${auto.renderer}`, '', '', ''],
      ['  the same day, WebGL forced (mean)', webgl.fps.mean.toFixed(1), '', ''],
    ];
    const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['Figure', 'Measured', 'Budget', ''][i]!.length));
    const line = (r: string[]): string => r.map((c, i) => c.padEnd(w[i]!)).join('  ');
    console.log(`\nBrowser figures — headless Chromium (${gpu}), 1280×720, ${new Date().toISOString().slice(0, 10)}`);
    console.log(line(['Figure', 'Measured', 'Budget', '']));
    console.log(line(w.map((n) => '-'.repeat(n))));
    for (const r of rows) console.log(line(r));
    console.log(`\nfps: ${fps.frames} frames in ${fps.seconds.toFixed(2)} s of the day of 4 November 1956 (requestAnimationFrame intervals);`);
    console.log('the game picks Canvas 2D when WebGL is a software rasteriser: software WebGL reads every frame back for the compositor.');
  } finally {
    await preview.stop();
  }
}

await main();
