// Checks the scenario data against the one source, run by hand with the source's path:
//
//   npx tsx scripts/check-quotes.ts ../shared/sources/hungarian-revolution-1956.txt
//
// Every source the data cites ({section, quote} anywhere in scenarios/) must name a section
// of the text — its heading, or "Parent › Child" where a heading is not unique — and its
// quote must stand verbatim in that section (or one of its subsections). The epilogue's
// figures must be written in their own quotes, and every person's name must be in the text.
// The game never reads the source when it runs or is tested: this script is the only reader.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/browser';

interface Section {
  /** The headings from the top: ["Interlude", "Soviet perspective"]. */
  path: string[];
  text: string;
}

/** The text cut into sections by its headings ("==Background==", "===Soviet occupation===" …). */
export function sections(source: string): Section[] {
  const out: Section[] = [];
  const stack: string[] = [];
  let current: Section = { path: ['Introduction'], text: '' };
  out.push(current);
  for (const line of source.split('\n')) {
    const heading = /^(={2,6})\s*(.*?)\s*\1\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length - 2;
      stack.length = level;
      stack[level] = heading[2]!;
      current = { path: [...stack], text: '' };
      out.push(current);
      continue;
    }
    if (/^= .* =$/.test(line)) continue;
    if (line === 'Infobox') {
      current = { path: ['Infobox'], text: '' };
      out.push(current);
      continue;
    }
    // The infobox ends at its first line that is not one of its fields.
    if (current.path[0] === 'Infobox' && line.trim() && !line.startsWith('- ')) {
      current = out.find((s) => s.path[0] === 'Introduction')!;
    }
    current.text += `${line}\n`;
  }
  return out;
}

/** The sections a name means: "Heading" (any level) or "Parent › Child", matched from the end of the path. */
export function resolveSection(all: Section[], name: string): Section[] {
  const want = name.split('›').map((s) => s.trim());
  return all.filter((s) => want.length <= s.path.length && want.every((w, i) => s.path[s.path.length - want.length + i] === w));
}

/** A section's text with its subsections'. */
function textWithin(all: Section[], s: Section): string {
  return all.filter((x) => x.path.length >= s.path.length && s.path.every((p, i) => x.path[i] === p)).map((x) => x.text).join('\n');
}

const flat = (t: string): string => t.replace(/\s+/g, ' ');

interface Cited {
  file: string;
  path: string;
  section: string;
  quote: string;
  holder: Record<string, unknown>;
}

/** Every {section, quote} in a JSON value, with where it is. */
function cited(file: string, value: unknown, path: string, out: Cited[], holder: Record<string, unknown> | null = null): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => cited(file, v, `${path}[${i}]`, out, holder));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.section === 'string' && typeof o.quote === 'string') out.push({ file, path, section: o.section, quote: o.quote, holder: holder ?? o });
  for (const [k, v] of Object.entries(o)) cited(file, v, path ? `${path}.${k}` : k, out, o);
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? jsonFiles(p) : name.endsWith('.json') ? [p] : [];
  });
}

function main(): void {
  const sourcePath = process.argv[2];
  if (!sourcePath) {
    console.error('usage: npx tsx scripts/check-quotes.ts PATH-TO-SOURCE-TEXT');
    process.exit(2);
  }
  const source = readFileSync(sourcePath, 'utf8');
  const all = sections(source);
  const problems: string[] = [];
  let quotes = 0;
  const files = jsonFiles(join(ROOT, 'scenarios'));
  for (const f of files) {
    const file = relative(ROOT, f);
    const data = JSON.parse(readFileSync(f, 'utf8')) as unknown;
    const list: Cited[] = [];
    cited(file, data, '', list);
    for (const c of list) {
      quotes++;
      const where = `${file}: ${c.path}`;
      const matches = resolveSection(all, c.section);
      if (!matches.length) {
        problems.push(`${where}: no section "${c.section}" in the text`);
        continue;
      }
      if (matches.length > 1) {
        problems.push(`${where}: "${c.section}" names ${matches.length} sections (${matches.map((m) => m.path.join(' › ')).join('; ')}): name the parent too`);
        continue;
      }
      const text = textWithin(all, matches[0]!);
      if (text.includes(c.quote)) continue;
      const elsewhere = all.filter((s) => s.text.includes(c.quote)).map((s) => s.path.join(' › '));
      if (elsewhere.length) problems.push(`${where}: the quote is not in "${c.section}" but in ${elsewhere.join('; ')}: “${c.quote}”`);
      else if (flat(text).includes(flat(c.quote))) problems.push(`${where}: the quote differs from the text in its spacing: “${c.quote}”`);
      else problems.push(`${where}: the quote is not in the text: “${c.quote}”`);
    }
    // The epilogue's figures, each written in its own quote ("26,000", or the words the text uses).
    const epilogue = (data as { epilogue?: { entries?: { id: string; figures?: { label: string; value: number; words?: string; source: { quote: string } }[] }[] } }).epilogue;
    for (const e of epilogue?.entries ?? []) {
      for (const fig of e.figures ?? []) {
        const written = fig.words ?? fig.value.toLocaleString('en-GB');
        if (!fig.source.quote.includes(written)) problems.push(`${file}: epilogue ${e.id}: the figure "${fig.label}" (${written}) is not in its quote “${fig.source.quote}”`);
      }
    }
    // People, by the names the text gives them.
    const people = (data as { people?: { id: string; name: string }[] }).people;
    for (const p of people ?? []) {
      if (!source.includes(p.name)) problems.push(`${file}: person ${p.id}: "${p.name}" is not written so in the text`);
    }
  }
  for (const p of problems) console.log(p);
  console.log(`${quotes} quotes in ${files.length} files checked against ${all.length} sections of ${relative(process.cwd(), sourcePath)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(problems.length ? 1 : 0);
}

main();
