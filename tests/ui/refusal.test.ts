// A refused move is said from the engine's code in the page's language, with the names of the
// scenario (translated), not in the engine's English line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localized } from '../../src/cli/translations';
import { REJECTIONS, newGame, rulesFor, step } from '../../src/engine';
import type { Action } from '../../src/engine';
import { makeWords } from '../../src/i18n';
import type { Messages } from '../../src/i18n';
import { refusal, serverRefusal } from '../../src/ui/lib/refusal';
import { Session } from '../../src/ui/session';
import { scenario } from '../helpers';

const messages = (lang: string): Messages =>
  Object.fromEntries(readdirSync(join('scenarios/messages', lang)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join('scenarios/messages', lang, f), 'utf8')) as Record<string, string>]));
const all = { en: messages('en'), hu: messages('hu') };

describe('a refused move in words', () => {
  const campaign = scenario('campaign');
  const setup = { seed: 'elutasitas', roles: { revolutionaries: 'player' as const } };

  it('has a sentence for every code the engine refuses with, in both languages', () => {
    for (const code of REJECTIONS) {
      expect(all.en.shell?.[`refusal.${code}`], code).toBeTruthy();
      expect(all.hu.shell?.[`refusal.${code}`], code).toBeTruthy();
    }
  });

  it('says the class server’s refusal of a move in Hungarian too (the game over, decisions left)', () => {
    const w = makeWords('hu', all);
    expect(serverRefusal('GAME_OVER', 'the game is over (Revolution suppressed)', w)).toBe('A játszma véget ért: nincs több döntés.');
    expect(serverRefusal('DECISIONS_PENDING', 'still to decide: The students’ demonstration', w)).toMatch(/^Még nem hoztad meg/);
  });

  it('says why a replayed move is refused, from the code (the page in English)', () => {
    expect(Session.fromActions(campaign, setup, [{ type: 'endTurn' }])).toMatch(/^Still to decide: The students' demonstration.*\.$/);
  });

  it('says it in Hungarian with the translated names, never the engine’s English', () => {
    const hu = localized(campaign, 'hu');
    const rules = rulesFor(hu);
    const w = makeWords('hu', all);
    const state = newGame(hu, setup);
    const refused = (action: Action): string => {
      const r = step(hu, state, action);
      if (r.ok) throw new Error('the move was taken');
      const text = refusal(rules, state, action, r.error, w);
      expect(text).not.toBe(r.error.message);
      return text;
    };
    const march = rules.decisions.get('students-march')!;
    expect(refused({ type: 'endTurn' })).toMatch(new RegExp(`^Még dönteni kell: ${march.title}.*\\.$`));
    expect(refused({ type: 'decide', side: 'government', decision: 'students-march', option: 'march' })).toMatch(/^„.+”: erről .+ dönt, nem .+\.$/);
    expect(refused({ type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'march', reason: 'x'.repeat(300) })).toBe('Az indoklás egyetlen sor, legfeljebb 200 karakter.');
    expect(refused({ type: 'decide', side: 'revolutionaries', decision: 'nope', option: 'x' })).toBe('Ebben a játszmában nincs „nope” döntés.');
  });
});
