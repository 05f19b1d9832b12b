// A setup the engine refuses (a save's sides or choices the scenario no longer has) is said in
// the page's language from the engine's code, with the scenario's names; English keeps the
// engine's own line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localized } from '../../src/cli/translations';
import { SETUP_PROBLEMS } from '../../src/engine';
import { makeWords } from '../../src/i18n';
import type { Messages } from '../../src/i18n';
import { setupRefusal } from '../../src/ui/lib/refusal';
import { choicesOf, playAgain } from '../../src/ui/replayAgain';
import { scenario, setupRefused } from '../helpers';

const messages = (lang: string): Messages =>
  Object.fromEntries(readdirSync(join('scenarios/messages', lang)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join('scenarios/messages', lang, f), 'utf8')) as Record<string, string>]));
const all = { en: messages('en'), hu: messages('hu') };

const refused = setupRefused;

describe('a refused setup in the page’s words', () => {
  it('has a phrase for every code, in both languages', () => {
    for (const code of SETUP_PROBLEMS) {
      expect(all.en.shell?.[`setup.${code}`], code).toBeTruthy();
      expect(all.hu.shell?.[`setup.${code}`], code).toBeTruthy();
    }
  });

  it('says it in Hungarian with the translated names; English keeps the engine’s line', () => {
    const hu = localized(scenario('nagy-cabinet'), 'hu');
    const w = makeWords('hu', all);
    const army = hu.sides.find((s) => s.id === 'army')!.name;
    const notRole = refused(hu, { seed: 'x', roles: { army: 'player' } });
    expect(setupRefusal(hu, notRole, w)).toBe(`ebben a forgatókönyvben nem választható szerep: ${army}`);
    expect(setupRefusal(hu, notRole, makeWords('en', all))).toBe(notRole.message);
    expect(setupRefusal(hu, refused(hu, { seed: 'x'.repeat(65) }), w)).toBe('a kezdőérték 1–64 karakter hosszú lehet');
    const option = refused(hu, { seed: 'x', forced: { neutrality: 'maybe' } });
    const neutrality = hu.decisions.find((d) => d.id === 'neutrality')!.title;
    expect(setupRefusal(hu, option, w)).toBe(`„${neutrality}”: nincs ilyen lehetőség: „maybe”`);
  });

  it('a save whose choices no longer fit cannot be played again, and the page says why in Hungarian', () => {
    const campaign = scenario('campaign');
    const scenarios = new Map([[campaign.id, localized(campaign, 'hu')]]);
    const choices = choicesOf({ format: 'nineteen-days-replay', scenario: { id: 'campaign' }, seed: 'x', roles: { revolutionaries: 'player' }, forced: { 'gone-decision': 'yes' }, actions: [] })!;
    const w = makeWords('hu', all);
    expect(playAgain(scenarios, choices, w)).toBe('a beállításai nem illenek a jelenlegi forgatókönyvhöz (nincs „gone-decision” döntés)');
    expect(playAgain(scenarios, { ...choices, scenario: 'elsewhere' }, w)).toBe('a mentés egy olyan forgatókönyvhöz („elsewhere”) tartozik, amely ebben a játékban nincs meg');
    expect(playAgain(scenarios, choices, makeWords('en', all))).toBe('its setup does not fit the present scenario (unknown decision "gone-decision")');
  });
});
