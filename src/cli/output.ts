// Output for people and for programs: with --json only JSON reaches stdout; logs and
// progress go to stderr, and the progress bar only appears on a terminal.

export const isTerminal = (): boolean => Boolean(process.stderr.isTTY);

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function log(message: string): void {
  process.stderr.write(message + '\n');
}

/** A plain-text table with right-aligned numbers. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toLocaleString('en-GB') : c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => String(r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]): string => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r) => line(r.map(String)))].join('\n');
}

/** A progress bar on stderr, drawn only on a terminal; `done()` clears it. */
export function progress(label: string, total: number): { tick(n: number): void; done(): void } {
  if (!isTerminal() || total <= 1) return { tick: () => undefined, done: () => undefined };
  let last = -1;
  const started = Date.now();
  const draw = (n: number): void => {
    const pct = Math.floor((n / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((n / total) * width);
    const elapsed = (Date.now() - started) / 1000;
    const eta = n > 0 ? (elapsed / n) * (total - n) : 0;
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${n}/${total}${n > 0 && n < total ? ` eta ${eta.toFixed(0)}s` : ''}   `);
  };
  draw(0);
  return { tick: draw, done: () => process.stderr.write('\r' + ' '.repeat(80) + '\r') };
}
