// Strict argument parsing on Node's own parseArgs: unknown options are errors, not
// silently ignored, and every failure is one UsageError line (exit code 2).
import { parseArgs as nodeParseArgs } from 'node:util';
import { word } from './words';

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

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The option a parseArgs error is about, from its message ("Unknown option '--x'"). */
const optionIn = (message: string): string => /'(--?[^' ]+)/.exec(message)?.[1] ?? 'an option';

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const options = Object.fromEntries(Object.entries(spec).map(([name, s]) => [name, { type: s.value ? ('string' as const) : ('boolean' as const), multiple: true }]));
  let tokens;
  try {
    ({ tokens } = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: true, tokens: true }));
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = optionIn(message);
    const name = option.replace(/^--?/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(word('arg.unknownOption', { option }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(word(own(spec, name) && spec[name]!.value ? 'arg.needsValue' : 'arg.takesNoValue', { name }));
    }
    throw new UsageError(message.split('\n')[0]!);
  }
  const positional: string[] = [];
  const flags: Record<string, string[]> = {};
  for (const t of tokens) {
    if (t.kind === 'positional') positional.push(t.value);
    else if (t.kind === 'option') {
      const s = spec[t.name]!;
      if (s.value && t.value === undefined) throw new UsageError(word('arg.needsValue', { name: t.name }));
      if (own(flags, t.name) && !s.repeat) throw new UsageError(word('arg.twice', { name: t.name }));
      (flags[t.name] ??= []).push(s.value ? t.value! : 'true');
    }
  }
  return { positional, flags };
}

export const one = (p: Parsed, name: string): string | undefined => (own(p.flags, name) ? p.flags[name]![0] : undefined);
export const has = (p: Parsed, name: string): boolean => own(p.flags, name);

export function integer(p: Parsed, name: string, fallback: number, min: number, max: number): number {
  const raw = one(p, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(word('arg.wholeNumber', { name, raw }));
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(word('arg.between', { name, min: String(min), max: String(max), n: String(n) }));
  return n;
}
