// The evening told in a minute: the story's length, the "because you…" lines that tie a
// player's choice to another side's later choice whose reasons read it, the other sides'
// choices with their chances in words, and the sentences of the "why" and the end's path.
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import type { AreaResult, GameState } from '../../src/engine';
import { STORY_WORDS, areaWhy, speakHistory, compareDay, eveningStory, pathSentences, pathToOutcome, reasonLines, storyText, storyWords, wordCount } from '../../src/history';
import { answers } from '../../src/history/because';
import { chanceWords, choicePhrase, reasonTail } from '../../src/history/words';
import { scenario } from '../helpers';

const campaign = scenario('campaign');
const play = (side: string, choices: Record<string, string> = {}, seed = 'story-1956'): GameState[] =>
  autoplay(campaign, { seed, roles: { [side]: 'player' } }, { keepStates: true, choices }).states.slice(1);
const stories = (days: GameState[]) => days.map((s, i) => eveningStory(campaign, days, i, compareDay(campaign, s)));

describe('the evening story', () => {
  it(`keeps every evening of a campaign within ${STORY_WORDS} words, for each side a player may lead`, () => {
    for (const role of campaign.roles) {
      for (const [i, story] of stories(play(role.side)).entries()) {
        expect(storyWords(story), `${role.side}, day ${i + 1}`).toBeLessThanOrEqual(STORY_WORDS);
        expect(story.headline).toMatch(/\S/);
        expect(story.standing).toMatch(/^Divergence from history: \d+ of 100\./);
      }
    }
  });

  it('ties a player’s choice to a later choice of another side whose reason its option made true', () => {
    // The revolutionaries accept the ceasefire on 28 October; the Soviet Declaration of 30 October weighs "The ceasefire holds".
    const days = play('revolutionaries');
    const i = days.findIndex((s) => s.report!.date === '1956-10-30');
    const tied = answers(campaign, days, i);
    const declaration = tied.find((a) => a.decision.decision === 'soviet-declaration');
    expect(declaration?.cause.decision.decision).toBe('accept-ceasefire');
    expect(declaration?.how).toBe('set');
    const story = eveningStory(campaign, days, i, compareDay(campaign, days[i]!));
    const line = story.because.find((l) => l.text.includes('Declaration'));
    expect(line?.text).toMatch(/^Because you chose to accept the ceasefire.* on 28 Oct, .*Soviet leadership and forces chose to publish the Declaration.*— (a \d-in-10 chance|all but certain \(\d+%\)): /);
  });

  it('does not tie a choice to a reason whose condition held before it', () => {
    const days = play('revolutionaries');
    for (let i = 0; i < days.length; i++) {
      for (const a of answers(campaign, days, i)) {
        expect(a.cause.date <= days[i]!.report!.date).toBe(true);
        expect(a.decision.by).not.toBe('player');
        expect(a.decision.why.some((f) => f.label === a.reason.label)).toBe(true);
      }
    }
  });

  it('tells what the other sides chose, how likely it was and why, in words', () => {
    const days = play('government');
    const i = days.findIndex((s) => s.report!.date === '1956-10-31');
    const story = eveningStory(campaign, days, i, compareDay(campaign, days[i]!));
    const all = [...story.because, ...story.others].map((l) => l.text).join('\n');
    expect(all).toMatch(/the Soviet leadership and forces chose to prepare a second intervention.*— (a \d-in-10 chance|an even chance|all but certain)/i);
    expect(storyText(story)).not.toMatch(/×|\b\d+\.\d{2,}\b/);
  });

  it('says so when a player’s choice moved figures but nobody answered it', () => {
    const days = play('revolutionaries');
    const story = eveningStory(campaign, days, 1, compareDay(campaign, days[1]!));
    expect(story.because.map((l) => l.text).join(' ')).toMatch(/^Because you chose to .*momentum (rose|fell) by \d+/);
  });

  it('names the choices that led to the ending, with the other sides’ chances', () => {
    const days = play('revolutionaries');
    const lines = pathSentences(campaign, pathToOutcome(campaign, days), ['revolutionaries']);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/Kádár's counter-government chose to proclaim .*chance; and so: Kádár’s government in office\./);
  });
});

describe('the words', () => {
  it('puts chances, choices and reasons into sentences', () => {
    expect(chanceWords(0.92)).toBe('a 9-in-10 chance');
    expect(chanceWords(0.5)).toBe('an even chance');
    expect(chanceWords(0.78)).toBe('an 8-in-10 chance');
    expect(chanceWords(0.082)).toBe('a 1-in-12 chance');
    expect(chanceWords(0.97)).toBe('all but certain (97%)');
    expect(choicePhrase('Prepare a second intervention.')).toBe('chose to prepare a second intervention');
    expect(choicePhrase('A political solution: send Mikoyan and Suslov')).toBe('chose “A political solution: send Mikoyan and Suslov”');
    expect(choicePhrase("Molotov's line: force")).toBe('chose “Molotov\'s line: force”');
    expect(reasonTail('The ceasefire holds')).toBe('the ceasefire holds');
    expect(reasonTail('Khrushchev: an intervention would imitate Suez')).toBe('Khrushchev: an intervention would imitate Suez');
    // Any opening but a name starts small inside a sentence ("…an amnesty; they were convicted…").
    expect(reasonTail('They were convicted in show trials')).toBe('they were convicted in show trials');
    expect(reasonTail('Gerő’s speech angered the crowd')).toBe('Gerő’s speech angered the crowd');
    expect(reasonTail('UN observers are asked for')).toBe('UN observers are asked for');
    expect(reasonTail('A delegation goes to Parliament')).toBe('a delegation goes to Parliament');
    try {
      speakHistory('hu');
      expect(reasonTail('Koncepciós perekben ítélték el őket')).toBe('koncepciós perekben ítélték el őket');
      expect(reasonTail('Szovjet csapatok érkeznek.')).toBe('szovjet csapatok érkeznek');
      expect(reasonTail('Gerőt leváltották')).toBe('Gerőt leváltották');
      expect(reasonTail('A magyar párt szétesik')).toBe('a magyar párt szétesik');
      expect(reasonTail('Magyarország kilép a Varsói Szerződésből')).toBe('Magyarország kilép a Varsói Szerződésből');
      expect(reasonTail('ENSZ-megfigyelők jönnek')).toBe('ENSZ-megfigyelők jönnek');
    } finally {
      speakHistory('en');
    }
    expect(wordCount('1,656 Hungarians — Kádár’s men; 23 October.')).toBe(6);
  });

  it('reads an area’s figures as sentences, with the figures beside them', () => {
    const r: AreaResult = { area: 'csepel', fighting: 1, dead: 20, wounded: 120, sovietDead: 3, controlBefore: 'revolutionaries', controlAfter: 'soviet', revolution: 178, vsSoviet: 420, vsAvh: 0, vsArmy: 0, vsKadar: 0, luck: 1.62, avhFire: 0, lost: 12, chance: 0.64, roll: 0.3 };
    const lines = areaWhy(r);
    expect(lines[0]).toEqual({ text: 'The Soviet forces outnumbered the revolution’s fighters more than two to one.', figures: 'strength 178 against 420 (Soviet forces)' });
    expect(lines.map((l) => l.text)).toContain('A bloodier day than most for fighting of this weight.');
    expect(lines.map((l) => l.text)).toContain('It had a strong chance of changing hands, and it did.');
    expect(lines.find((l) => /luck/.test(l.figures))?.figures).toBe('luck ×1.62 (1 is an ordinary day)');
    expect(reasonLines([{ label: 'The ceasefire holds', value: 1 }])).toEqual([{ text: 'The ceasefire holds.', figures: '+1' }]);
  });
});
