// Output for people and for programs: with --json only JSON reaches stdout; logs and
// progress go to stderr, and the progress bar only appears on a terminal.
//
// Seeds, ids, names and file names come from files anyone can write: a replay whose seed
// carries terminal escapes must not retitle the window or print fake lines. So every
// human-readable line goes through `printable`, and JSON keeps such characters escaped.

import { figure } from './words';

export const isTerminal = (): boolean => Boolean(process.stderr.isTTY);

// C0 and C1 controls and DEL (escape sequences, carriage returns, new lines), the line and
// paragraph separators, and the bidirectional overrides and isolates that reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/** Text as one visible line: control characters shown as \xNN or \u{NNNN}, never acted on. */
export const printable = (text: string): string => text.replace(UNPRINTABLE, escapeChar);

/** A line for a person on stdout. */
export function say(line = ''): void {
  process.stdout.write(printable(line) + '\n');
}

/** Several lines for a person (a table): each line escaped on its own. */
export function sayLines(text: string): void {
  process.stdout.write(text.split('\n').map(printable).join('\n') + '\n');
}

/** A line on stderr: a log, a warning, an error. */
export function log(message: string): void {
  process.stderr.write(printable(message) + '\n');
}

// JSON.stringify escapes C0 controls inside strings (the only raw ones left are its own
// line breaks); DEL, C1 and the rest it leaves raw, so they are escaped here, the value unchanged.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n');
}

/** A plain-text table with right-aligned numbers, grouped as the language chosen writes them; every cell is made printable. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? figure(c) : printable(c))));
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
  const shownLabel = printable(label);
  const draw = (n: number): void => {
    const pct = Math.floor((n / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((n / total) * width);
    const elapsed = (Date.now() - started) / 1000;
    const eta = n > 0 ? (elapsed / n) * (total - n) : 0;
    process.stderr.write(`\r${shownLabel} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${n}/${total}${n > 0 && n < total ? ` eta ${eta.toFixed(0)}s` : ''}   `);
  };
  draw(0);
  return { tick: draw, done: () => process.stderr.write('\r' + ' '.repeat(80) + '\r') };
}
