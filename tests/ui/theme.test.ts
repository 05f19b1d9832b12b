// The colours live in one table (src/ui/theme/tokens.ts): the stylesheets name them by
// custom property and hold no colour of their own, every property they name is made from
// the table (or set by the base stylesheet), and the map's palette reads the same table.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INK, css } from '../../src/ui/map/palette';
import { COLOURS, applyColours, withAlpha } from '../../src/ui/theme/tokens';

const UI = join(import.meta.dirname, '../../src/ui');
const stylesheets = (readdirSync(UI, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => ({ file: relative(UI, join(UI, f)), text: readFileSync(join(UI, f), 'utf8') }));
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties start-up sets on the page's root. */
function rootProperties(): Map<string, string> {
  const set = new Map<string, string>();
  applyColours({ style: { setProperty: (name: string, value: string) => void set.set(name, value) } } as unknown as HTMLElement);
  return set;
}

describe('the colours', () => {
  it('are named, never written out, in the stylesheets', () => {
    expect(stylesheets.length).toBeGreaterThan(20);
    for (const { file, text } of stylesheets) {
      const literal = withoutComments(text).match(/#[0-9a-f]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(|\b(white|black)\b(?!-)/gi);
      expect(literal, file).toBeNull();
    }
  });

  it('come, in every stylesheet, from the table or the base stylesheet', () => {
    const made = new Set(rootProperties().keys());
    const base = stylesheets.find((s) => s.file === join('styles', 'base.css'))!;
    const declared = new Set([...withoutComments(base.text).matchAll(/(--[a-z-]+)\s*:/g)].map((m) => m[1]!));
    for (const { file, text } of stylesheets) {
      for (const [, name] of withoutComments(text).matchAll(/var\((--[a-z0-9-]+)\)/g)) {
        expect(made.has(name!) || declared.has(name!), `${file}: ${name}`).toBe(true);
      }
    }
  });

  it('are the same table for the map and the page, with the -rgb forms the stylesheets add transparency to', () => {
    const props = rootProperties();
    expect(props.get('--paper-light')).toBe(COLOURS.paperLight);
    expect(props.get('--ink-rgb')).toBe('43 38 32');
    expect(css(INK.ink)).toBe(COLOURS.ink);
    expect(css(INK.inkSoft)).toBe(COLOURS.inkSoft);
    expect(css(INK.paper)).toBe(COLOURS.paper);
    expect(css(INK.highlight)).toBe(COLOURS.outline);
    expect(withAlpha(COLOURS.ink, 0.55)).toBe('rgba(43,38,32,0.55)');
  });
});
