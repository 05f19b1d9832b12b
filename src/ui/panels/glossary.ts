// The glossary: the scenario's terms, and every mention of one in the interface's text
// turned into a button that opens its entry. Matching builds text nodes, never markup.
import type { GlossaryEntry } from '../../scenario/schema';
import { h } from '../lib/dom';
import { words } from '../lib/words';
import './glossary.css';

export interface TermMatcher {
  entries: GlossaryEntry[];
  pattern: RegExp | null;
  byAlias: Map<string, GlossaryEntry>;
}

/** The names a term goes by in running text: "Presidium of the CPSU" is also "the Presidium". */
function aliases(entry: GlossaryEntry): string[] {
  const out = new Set<string>([entry.term]);
  const paren = /^(.*?)\s*\((.*)\)$/.exec(entry.term);
  if (paren) {
    out.add(paren[1]!.trim());
    if (/^[A-ZÁÉÍÓÖŐÚÜŰ0-9-]{2,}$/.test(paren[2]!.trim())) out.add(paren[2]!.trim());
  }
  const of = /^(\S+) of the /.exec(entry.term);
  if (of && /^[A-Z]/.test(of[1]!) && of[1]!.length > 4) out.add(of[1]!);
  const and = /^(.*?) and (.*)$/.exec(entry.term);
  if (and && /^UN /.test(and[1]!)) {
    out.add(and[1]!.replace(/^UN /, ''));
    out.add(and[2]!);
  }
  // Plural and adjective forms of a few common terms.
  if (/s$/.test(entry.term) && !/\s/.test(entry.term.slice(-3))) out.add(entry.term.replace(/s$/, ''));
  if (HU) {
    // Hungarian: the term without its article ("Az SZKP Elnöksége" is "SZKP Elnöksége"), and a
    // plural's stem ("Munkástanácsok" → "munkástanács", so "munkástanácsot" matches too).
    for (const a of [...out]) {
      const bare = /^(?:Az?) (.+)$/.exec(a);
      if (bare) out.add(bare[1]!);
    }
    for (const a of [...out]) if (a.length > 6 && /[aáeéoö]k$/.test(a)) out.add(a.replace(/[aáeéoö]k$/, ''));
  }
  return [...out].filter((a) => a.length >= 3 && a !== 'Neutrality' && a !== 'Semlegesség');
}

/** Hungarian words take endings ("a Nemzetőrséget", "Csepelen"): a term may run on into them. */
const HU = words.lang === 'hu';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termMatcher(entries: GlossaryEntry[]): TermMatcher {
  const byAlias = new Map<string, GlossaryEntry>();
  for (const e of entries) for (const a of aliases(e)) if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), e);
  const names = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  // Whole words only (letters with Hungarian accents count as letters).
  const ending = HU ? '\\p{Ll}*' : '';
  const pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})${ending}(?![\\p{L}\\p{N}])`, 'giu') : null;
  return { entries, pattern, byAlias };
}

/** A term that opens its glossary entry: a button to the keyboard and screen readers (Enter or Space), a word on the line. */
function termButton(id: string, definition: string, label: string, open: (id: string) => void): HTMLElement {
  const activate = (e: Event): void => {
    e.preventDefault();
    open(id);
  };
  return h(
    'span',
    {
      role: 'button',
      tabindex: '0',
      class: 'term',
      'data-term': id,
      title: definition,
      on: { click: activate, keydown: (e: Event) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ' ? activate(e) : undefined) },
    },
    label,
  );
}

/**
 * Text with its glossary terms as buttons. Each term is linked once per call (its first
 * mention), so a paragraph is not a thicket of links.
 */
export function linkTerms(text: string, matcher: TermMatcher | null, open: (id: string) => void, seen = new Set<string>()): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (!matcher?.pattern) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  let last = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    // The term itself (m[1]), without any Hungarian ending that follows it in m[0].
    const term = m[1]!;
    const entry = matcher.byAlias.get(term.toLowerCase());
    // Short acronyms must match their case: "ÁVH", not "avh" inside a sentence.
    if (!entry || seen.has(entry.id) || m.index < last || (term.length <= 6 && term !== term.toUpperCase() && entry.term.toUpperCase() === entry.term)) continue;
    seen.add(entry.id);
    // An inline element, not a <button> (a box the line may break beside and that cannot
    // itself wrap): the quote mark or stop touching the term stays on its line, and a long
    // term wraps like the words around it on a narrow screen.
    frag.appendChild(document.createTextNode(text.slice(last, m.index)));
    frag.appendChild(termButton(entry.id, entry.definition, m[0], open));
    last = m.index + m[0].length;
  }
  frag.appendChild(document.createTextNode(text.slice(last)));
  return frag;
}

/** A paragraph element with its terms linked. */
export function para(text: string, matcher: TermMatcher | null, open: (id: string) => void, cls?: string): HTMLParagraphElement {
  const p = h('p', cls ? { class: cls } : null);
  p.appendChild(linkTerms(text, matcher, open));
  return p;
}
