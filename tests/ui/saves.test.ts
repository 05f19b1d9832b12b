// The autosave: the replay and, with several players, the hot-seat turn, written and read
// back; older saves without a turn still read; a game too long for a replay is not written.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ACTIONS, playerActions } from '../../src/engine';
import { restoreAutosave, speakSaves } from '../../src/ui/saves';
import { Session } from '../../src/ui/session';
import { readAutosave, writeAutosave } from '../../src/ui/storage';
import { scenario } from '../helpers';

const KEY = 'nineteen-days/autosave';

/** The part of localStorage the game uses. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: store });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const campaign = scenario('campaign');
const scenarios = new Map([[campaign.id, campaign]]);

function twoPlayerGame(): Session {
  const session = Session.start(campaign, { seed: 'ui-saves-1956', roles: { revolutionaries: 'player', government: 'player' } });
  for (const a of playerActions(campaign, session.state)) session.apply(a);
  return session;
}

describe('the autosave', () => {
  it('keeps the hot-seat turn with the replay, and gives both back with the game', () => {
    const session = twoPlayerGame();
    const seat = { date: session.state.date, order: ['revolutionaries', 'government'], index: 1 };
    expect(writeAutosave({ replay: session.replay(), seat })).toBeNull();
    const save = readAutosave();
    expect(save?.ok && save.seat).toEqual(seat);
    const { status, game } = restoreAutosave(scenarios);
    expect(status.kind).toBe('ok');
    expect(game?.seat).toEqual(seat);
    expect(game?.session.hash).toBe(session.hash);
  });

  it('reads a save written before the turn was kept, without one', () => {
    const session = twoPlayerGame();
    store.setItem(KEY, JSON.stringify({ kind: 'nineteen-days-autosave', version: 1, savedAt: '2026-01-01T00:00:00Z', replay: session.replay() }));
    const { game } = restoreAutosave(scenarios);
    expect(game?.seat).toBeNull();
    expect(game?.session.hash).toBe(session.hash);
  });

  it('ignores a turn of the wrong shape, and still restores the game', () => {
    const session = twoPlayerGame();
    store.setItem(KEY, JSON.stringify({ kind: 'nineteen-days-autosave', version: 1, replay: session.replay(), seat: { date: 3, order: 'government', index: '1' } }));
    const { game } = restoreAutosave(scenarios);
    expect(game?.seat).toBeNull();
    expect(game?.session.hash).toBe(session.hash);
  });

  it('writes no save a replay could not hold', () => {
    const replay = twoPlayerGame().replay();
    const tooLong = { ...replay, actions: Array.from({ length: MAX_ACTIONS + 1 }, () => replay.actions[0]!) };
    expect(writeAutosave({ replay: tooLong, seat: null })?.kind).toBe("too-big");
    expect(store.getItem(KEY)).toBeNull();
  });
  it('says why a save cannot be restored in the page’s language: a damaged save, an altered replay', () => {
    try {
      store.setItem(KEY, '{"kind": "nineteen-days-autosave", ');
      const english = restoreAutosave(scenarios).status;
      expect(english.kind === 'broken' && english.reason).toBe('the saved data is damaged (it is not valid JSON)');
      speakSaves('hu');
      const damaged = restoreAutosave(scenarios).status;
      expect(damaged.kind === 'broken' && damaged.reason).toBe('a mentett adat sérült (nem érvényes JSON)');
      // A replay changed after it was saved: the line from its problem's code, and no choices offered as the players'.
      const replay = { ...twoPlayerGame().replay(), seed: 'changed-by-hand' };
      store.setItem(KEY, JSON.stringify({ kind: 'nineteen-days-autosave', version: 1, replay }));
      const altered = restoreAutosave(scenarios).status;
      expect(altered.kind).toBe('broken');
      if (altered.kind !== 'broken') return;
      expect(altered.reason).toMatch(/megváltoztatták/);
      expect(altered.reason).not.toMatch(/altered|checksum/);
      expect(altered.choices).toBeNull();
    } finally {
      speakSaves('en');
    }
  });
});
