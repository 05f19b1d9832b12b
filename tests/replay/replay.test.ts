import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { autoplay, stateHash, step } from '../../src/engine';
import { CODE_PREFIX, checksumOf, encodeReplayCode, makeReplay, MAX_REPLAY_BYTES, parseReplay, playReplay, REPLAY_FORMAT_VERSION, ReplayFormatError, sealReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';

const campaign = scenario();

function played(seed = 'rp'): Replay {
  const g = autoplay(campaign, { seed, roles: { government: 'player' } }, { playerPolicy: 'random' });
  return makeReplay(campaign, g.states[0]!, g.actions, g.hashes, g.final);
}

/** A replay edited and re-sealed, as if made by an engine whose rules differ. */
function resealed(r: Replay, edit: (body: Replay) => void): Replay {
  const copy = JSON.parse(JSON.stringify(r)) as Replay;
  edit(copy);
  const { checksum: _c, ...body } = copy;
  return sealReplay(body);
}

describe('replays', () => {
  it('round trip: file and code replay to the same hashes and final state', () => {
    const g = autoplay(campaign, { seed: 'rt', roles: { soviet: 'player' } }, { playerPolicy: 'adaptive' });
    const replay = makeReplay(campaign, g.states[0]!, g.actions, g.hashes, g.final);
    expect(replay.turns).toEqual(g.hashes);
    expect(replay.final.hash).toBe(stateHash(g.final));
    for (const text of [JSON.stringify(replay), encodeReplayCode(replay)]) {
      const r = playReplay(campaign, parseReplay(text));
      expect(r.ok).toBe(true);
      if (r.ok) expect(stateHash(r.final)).toBe(replay.final.hash);
    }
  });

  it('a code is compact and URL-safe', () => {
    const code = encodeReplayCode(played());
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^ND1\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThan(2500);
  });

  it('keeps the decision journal with its reasons', () => {
    const g = autoplay(campaign, { seed: 'j', roles: { government: 'player' } });
    const actions = g.actions.map((a) => (a.type === 'decide' && a.decision === 'neutrality' ? { ...a, reason: 'The troops are coming anyway.' } : a));
    // Play the reasoned actions: the reason is part of the state, so the hashes change.
    let state = g.states[0]!;
    const hashes: string[] = [];
    for (const a of actions) {
      const r = step(campaign, state, a);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      if (a.type === 'endTurn') hashes.push(stateHash(state));
    }
    const replay = makeReplay(campaign, g.states[0]!, actions, hashes, state);
    expect(replay.journal).toEqual([{ date: '1956-11-01', side: 'government', decision: 'neutrality', option: 'declare', reason: 'The troops are coming anyway.' }]);
    const back = playReplay(campaign, parseReplay(encodeReplayCode(replay)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.final.chosen.neutrality!.reason).toBe('The troops are coming anyway.');
  });

  it('stops at the first divergence and names the turn', () => {
    const r = resealed(played(), (b) => {
      b.turns[6] = '0123456789abcdef';
    });
    const result = playReplay(campaign, r);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('DIVERGED');
      expect(result.turn).toBe(7);
      expect(result.message).toMatch(/turn 7 \(1956-10-29\)/);
    }
  });

  it('refuses a tampered file: an edited action, seed or journal breaks the checksum', () => {
    const r = played();
    const edits: ((x: Replay) => void)[] = [
      (x) => {
        const d = x.actions.find((a) => a.type === 'decide');
        if (d && d.type === 'decide') d.option = d.option === 'declare' ? 'stay' : 'declare';
      },
      (x) => {
        x.seed = 'other';
      },
      (x) => {
        x.journal.push({ date: '1956-10-23', side: 'government', decision: 'gero-speech', option: 'condemn', reason: 'forged' });
      },
    ];
    for (const edit of edits) {
      const copy = JSON.parse(JSON.stringify(r)) as Replay;
      edit(copy);
      const result = playReplay(campaign, copy);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toBe('CHECKSUM');
    }
    // A forged journal that is re-sealed is still caught: it must match the actions.
    const forged = resealed(r, (x) => x.journal.push({ date: '1956-10-23', side: 'government', decision: 'gero-speech', option: 'condemn', reason: 'forged' }));
    const f = playReplay(campaign, forged);
    expect(f.ok || f.problem).toBe('JOURNAL_MISMATCH');
  });

  it('refuses a changed action even when re-sealed: the state hashes no longer match', () => {
    const r = resealed(played('rs'), (x) => {
      const i = x.actions.findIndex((a) => a.type === 'decide' && a.decision === 'nagy-programme');
      x.actions[i] = { type: 'decide', side: 'government', decision: 'nagy-programme', option: 'crackdown' };
    });
    const result = playReplay(campaign, r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['DIVERGED', 'REJECTED_ACTION']).toContain(result.problem);
  });

  it('one-line errors for broken, truncated and foreign files', () => {
    const json = JSON.stringify(played());
    const code = encodeReplayCode(played());
    const bad: [string, RegExp][] = [
      ['', /empty/],
      [json.slice(0, json.length / 2), /not valid JSON/],
      ['{"hello": 1}', /not a Nineteen Days replay/],
      [code.slice(0, code.length / 2), /damaged or cut short/],
      ['ND1.@@@', /characters a code cannot contain/],
      [json.replace('"formatVersion":2', '"formatVersion":"two"'), /malformed at formatVersion/],
    ];
    for (const [text, message] of bad) {
      let error: unknown;
      try {
        parseReplay(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReplayFormatError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('refuses replays of another scenario, a changed scenario, another engine version or format', () => {
    const r = played();
    const checks: [(x: Replay) => void, string][] = [
      [(x) => (x.scenario.id = 'other'), 'WRONG_SCENARIO'],
      [(x) => (x.scenario.hash = 'ffffffffffffffff'), 'SCENARIO_CHANGED'],
      [(x) => (x.engineVersion = 999), 'ENGINE_VERSION'],
      [(x) => ((x as { formatVersion: number }).formatVersion = 3), 'FORMAT_VERSION'],
      [(x) => x.turns.pop(), 'TRUNCATED'],
    ];
    for (const [edit, problem] of checks) {
      const result = playReplay(campaign, resealed(r, edit));
      expect(result.ok || result.problem).toBe(problem);
    }
    const { checksum, ...body } = r;
    expect(checksumOf(body)).toBe(checksum);
  });
});

describe('codes cut anywhere', () => {
  it('a code cut at any length gives a one-line error, never an exception of another kind', () => {
    const code = encodeReplayCode(played('cut'));
    for (let n = 4; n < code.length; n += 7) {
      try {
        parseReplay(code.slice(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(ReplayFormatError);
        continue;
      }
      throw new Error(`a code cut to ${n} characters was accepted`);
    }
  });
});

/** The error parseReplay throws for a text, or undefined when it reads it. */
function parseError(text: string): ReplayFormatError | undefined {
  try {
    parseReplay(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ReplayFormatError);
    return e as ReplayFormatError;
  }
  return undefined;
}

describe('format version 2', () => {
  it('refuses a replay of format version 1 by name, file or code', () => {
    expect(REPLAY_FORMAT_VERSION).toBe(2);
    const old = readFileSync('tests/fixtures/format-1/campaign.replay.json', 'utf8');
    const code = CODE_PREFIX + Buffer.from(deflateSync(strToU8(old))).toString('base64url');
    for (const text of [old, code]) {
      expect(parseError(text)?.message).toBe('this replay is in format version 1, from an earlier version of Nineteen Days; this one reads format version 2 only (play the game again to make a new replay)');
    }
    expect(parseError(old.replace('"formatVersion": 1', '"formatVersion": 7'))?.message).toMatch(/format version 7, from a later version/);
  });

  it('seals with SHA-256 (64 hex digits) and hashes states in 128 bits (32)', () => {
    const r = played('v2');
    expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(r.final.hash).toMatch(/^[0-9a-f]{32}$/);
    for (const t of r.turns) expect(t).toMatch(/^[0-9a-f]{32}$/);
    expect(r.scenario.hash).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a re-sealed edit of the outcome or the final date no longer verifies', () => {
    const r = played('final');
    for (const edit of [(x: Replay) => (x.final.outcome = x.final.outcome === 'crushed-early' ? 'some-other-end' : 'crushed-early'), (x: Replay) => (x.final.date = '1956-11-09')]) {
      const result = playReplay(campaign, resealed(r, edit));
      expect(result.ok || result.problem).toBe('FINAL_MISMATCH');
    }
  });
});

describe('a code has an output limit', () => {
  it('a code that inflates past the limit is "too large", quickly, not "damaged"', () => {
    // 87 KB of code that would inflate to 64 MB of spaces: stopped at the limit, not inflated whole.
    const bomb = CODE_PREFIX + Buffer.from(deflateSync(new Uint8Array(64 * 1024 * 1024).fill(32), { level: 1 })).toString('base64url');
    const started = performance.now();
    expect(parseError(bomb)?.message).toMatch(/too large/);
    expect(performance.now() - started).toBeLessThan(2000);
    // Just past the limit, and a plain text past it.
    const over = CODE_PREFIX + Buffer.from(deflateSync(new Uint8Array(MAX_REPLAY_BYTES + 1).fill(32))).toString('base64url');
    expect(parseError(over)?.message).toMatch(/too large/);
    expect(parseError(JSON.stringify({ format: 'nineteen-days-replay', pad: 'x'.repeat(MAX_REPLAY_BYTES) }))?.message).toMatch(/too large/);
    expect(parseError(CODE_PREFIX + 'A'.repeat(3 * MAX_REPLAY_BYTES))?.message).toMatch(/too large/);
  });

  it('a code of an empty or a cut deflate stream is damaged', () => {
    expect(parseError(CODE_PREFIX)?.message).toMatch(/damaged or cut short/);
    const whole = Buffer.from(deflateSync(strToU8(JSON.stringify(played('cut2')))));
    expect(parseError(CODE_PREFIX + whole.subarray(0, whole.length - 20).toString('base64url'))?.message).toMatch(/damaged or cut short/);
  });
});
