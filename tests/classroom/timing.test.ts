// `npm run timing`: every exercise's minutes from what a class reads (200 words a minute),
// decides (1.5 minutes a decision) and hands over (20 seconds), within a 35-minute period.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadScenarioPaths } from '../../src/cli/scenario-files';

describe('npm run timing', () => {
  it('prints one row per exercise, each adding up and within 35 minutes, and exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/timing.ts', '--seeds', '5'], { encoding: 'utf8', timeout: 180_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const exercises = [...loadScenarioPaths().scenarios.values()].filter((s) => s.kind === 'exercise');
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Exercise'));
    expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual(exercises.map((s) => s.title));
    for (const row of rows) {
      const cells = row.split('|').slice(2, -1).map((c) => Number(c.replace(/[*,]|min/g, '').trim()));
      const [, , decisions, handOvers, words, reading, deciding, handing, total] = cells as [number, number, number, number, number, number, number, number, number];
      expect(reading).toBeCloseTo(words / 200, 1);
      expect(deciding).toBeCloseTo(decisions * 1.5, 1);
      expect(handing).toBeCloseTo((handOvers * 20) / 60, 1);
      expect(Math.abs(total - (reading + deciding + handing))).toBeLessThanOrEqual(0.15);
      expect(total, row).toBeLessThanOrEqual(35);
      expect(decisions).toBeGreaterThan(0);
    }
  });
});
