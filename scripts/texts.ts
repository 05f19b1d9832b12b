// npm run texts -- status | missing PART [--limit N] | merge PART FILE [--lang hu]
// The translator's tool: how much of each scenario part has its translation, which texts still
// lack one (printed as a JSON map of key → English, ready to translate), and merging a
// translated map into scenarios/<scenario>/<lang>/<part>.json (unknown keys refused).
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { textEntries, textFingerprint, translationProblems } from '../src/scenario/texts';
import type { PartTranslation } from '../src/scenario/texts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'hu' }, scenario: { type: 'string', default: 'campaign' }, limit: { type: 'string' } },
});
// A scenario in a folder has a translation per part (scenarios/ID/LANG/PART.json); an exercise
// in a file of its own is one part (scenarios/ID.json, translated in scenarios/LANG/ID.json).
const folder = join('scenarios', values.scenario!);
const inFolder = existsSync(join(folder, 'scenario.json'));
const dir = inFolder ? folder : 'scenarios';
const langDir = inFolder ? join(folder, values.lang!) : join('scenarios', values.lang!);
if (!inFolder && !existsSync(join(dir, `${values.scenario!}.json`))) {
  process.stderr.write(`texts: no scenario "${values.scenario!}" (a folder with scenario.json, or a file scenarios/ID.json)\n`);
  process.exit(1);
}
const parts = inFolder ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')) : [values.scenario!];
const english = (part: string): Map<string, string> =>
  new Map(textEntries(JSON.parse(readFileSync(join(dir, `${part}.json`), 'utf8'))).map((e) => [e.key, e.text]));
const stored = (part: string): PartTranslation => {
  const f = join(langDir, `${part}.json`);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as PartTranslation) : { lang: values.lang!, texts: {}, from: {} };
};
const translated = (part: string): Record<string, string> => stored(part).texts;
const fail = (msg: string): never => {
  process.stderr.write(`texts: ${msg}\n`);
  process.exit(1);
};

const [command, part, file] = positionals;
if (command === 'status') {
  for (const p of parts) {
    const en = english(p);
    const tr = translated(p);
    const done = [...en.keys()].filter((k) => k in tr).length;
    const problems = translationProblems(textEntries(JSON.parse(readFileSync(join(dir, `${p}.json`), 'utf8'))), stored(p)).filter((x) => x.problem !== 'no translation');
    process.stdout.write(`${p.padEnd(14)} ${String(done).padStart(5)} / ${String(en.size).padEnd(5)} ${en.size ? Math.round((100 * done) / en.size) : 100}%${problems.length ? `  ${problems.length} problems, e.g. ${problems[0]!.key}: ${problems[0]!.problem}` : ''}\n`);
  }
} else if (command === 'missing') {
  if (!part || !parts.includes(part)) fail(`name a part: ${parts.join(', ')}`);
  const tr = translated(part!);
  // Missing, or translated from an English that has since changed.
  const t = stored(part!);
  const missing = [...english(part!)].filter(([k, text]) => !(k in tr) || t.from[k] !== textFingerprint(text));
  const limit = values.limit ? Number(values.limit) : missing.length;
  process.stdout.write(`${JSON.stringify(Object.fromEntries(missing.slice(0, limit)), null, 2)}\n`);
} else if (command === 'merge') {
  if (!part || !parts.includes(part)) fail(`name a part: ${parts.join(', ')}`);
  if (!file) fail('name the file of translations (a JSON map of key → text)');
  const en = english(part!);
  const add = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, string>;
  const unknown = Object.keys(add).filter((k) => !en.has(k));
  if (unknown.length) fail(`${unknown.length} unknown keys, e.g. ${unknown.slice(0, 3).join(', ')}`);
  const merged = { ...translated(part!), ...add };
  // Keep the English file's order, so diffs read in order.
  const keys = [...en.keys()].filter((k) => k in merged);
  const ordered = Object.fromEntries(keys.map((k) => [k, merged[k]!]));
  // What each was translated from: the English of now for the new ones, as before for the rest.
  const before = stored(part!).from;
  const from = Object.fromEntries(keys.map((k) => [k, k in add ? textFingerprint(en.get(k)!) : (before[k] ?? '')]));
  mkdirSync(langDir, { recursive: true });
  writeFileSync(join(langDir, `${part}.json`), `${JSON.stringify({ lang: values.lang, texts: ordered, from }, null, 2)}\n`);
  process.stdout.write(`${part}: ${Object.keys(add).length} merged, ${Object.keys(ordered).length} / ${en.size} translated\n`);
} else {
  fail('usage: texts status | missing PART [--limit N] | merge PART FILE [--lang hu] [--scenario ID]');
}
