// A small, strict argument parser: unknown flags are errors, not silently ignored.

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface FlagSpec {
  /** Takes a value (--seed 5) or is a switch (--json). */
  value: boolean;
  /** May be given more than once (--choose a=b --choose c=d). */
  repeat?: boolean;
}

export interface Parsed {
  positional: string[];
  flags: Record<string, string[]>;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option --${name}`);
    let value = 'true';
    if (s.value) {
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        value = next;
        i++;
      }
    } else if (eq > 0) throw new UsageError(`--${name} takes no value`);
    if (flags[name] && !s.repeat) throw new UsageError(`--${name} is given twice`);
    (flags[name] ??= []).push(value);
  }
  return { positional, flags };
}

export const one = (p: Parsed, name: string): string | undefined => p.flags[name]?.[0];
export const has = (p: Parsed, name: string): boolean => p.flags[name] !== undefined;

export function integer(p: Parsed, name: string, fallback: number, min: number, max: number): number {
  const raw = one(p, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number (got "${raw}")`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}
