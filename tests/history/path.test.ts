// The end screen's "how this ending came about", told in the page's language: the conditions of
// the ending in words (a posture as Hungarian says it), not the data's ids.
import { afterEach, describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { pathToOutcome, speakHistory } from '../../src/history';
import { localized } from '../../src/cli/translations';
import { scenario } from '../helpers';

const campaign = scenario();

describe('the path to the ending', () => {
  afterEach(() => speakHistory('en'));

  it('names a posture of the ending in words, in English and in Hungarian', () => {
    // A world without a second intervention until Moscow sends the army back in on 7 November.
    const forced = { 'presidium-reverses': 'hold', 'second-thoughts': 'intervene' };
    const g = Array.from({ length: 20 }, (_, i) => autoplay(campaign, { seed: `path-late-${i}`, forced }, { keepStates: true })).find((x) => x.final.chosen['second-thoughts']);
    if (!g) throw new Error('Moscow sent the army back in in none of 20 games');
    const english = pathToOutcome(campaign, g.states.slice(1)).find((s) => s.decision === 'second-thoughts');
    expect(english?.because).toMatch(/invading or occupying/);
    speakHistory('hu');
    const hu = pathToOutcome(localized(campaign, 'hu'), g.states.slice(1)).find((s) => s.decision === 'second-thoughts');
    expect(hu?.because).toMatch(/invázió vagy megszállás/);
    expect(hu?.because).not.toMatch(/invading|occupying/);
  });
});
