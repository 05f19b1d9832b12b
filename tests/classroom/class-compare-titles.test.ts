// A game of another scenario in a class comparison, said with the scenarios' titles in the
// language spoken when the caller names them (`titleOf`), not with their ids.
import { afterEach, describe, expect, it } from 'vitest';
import { compareClass, speakReports } from '../../src/classroom';
import { localized } from '../../src/cli/translations';
import { autoplay } from '../../src/engine';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import { scenario } from '../helpers';

const other = scenario('presidium');
const g = autoplay(other, { seed: 'masik' });
const entries = [{ name: 'eva.json', text: encodeReplayCode(makeReplay(other, g.states[0]!, g.actions, g.hashes, g.final)) }];

afterEach(() => speakReports('en'));

describe('class comparison of a game of another scenario', () => {
  it('names both scenarios by their titles, in Hungarian and in English, when given them', () => {
    speakReports('hu');
    const hu = compareClass(localized(scenario('nagy-cabinet'), 'hu'), entries, undefined, (id) => localized(scenario(id), 'hu').title);
    expect(hu.excluded).toEqual([{ name: 'eva.json', reason: 'egy másik forgatókönyv játszmája („Az SZKP Elnöksége Moszkvában, október 30. – november 3.”), nem ezé: „A Nagy-kormány, október 28. – november 1.”' }]);
    speakReports('en');
    const en = compareClass(scenario('nagy-cabinet'), entries, undefined, (id) => scenario(id).title);
    expect(en.excluded[0]!.reason).toBe(`a game of “${other.title}”, not of “${scenario('nagy-cabinet').title}”`);
    expect(en.excluded[0]!.reason).not.toMatch(/“presidium”|“nagy-cabinet”/);
    // Without titles, the ids, as before.
    expect(compareClass(scenario('nagy-cabinet'), entries).excluded[0]!.reason).toBe('a game of “presidium”, not of “nagy-cabinet”');
  });
});
