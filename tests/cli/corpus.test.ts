// A corpus of bad inputs to the command line — files, codes, options — each run as a real
// process: it must exit 1 or 2 with one line on stderr, no stack trace, within 5 seconds.
// The CLI is bundled once (esbuild) and run by node, a few at a time: starting tsx for
// each of more than a hundred cases would take minutes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { deflateSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeReport } from '../../src/classroom';
import { autoplay } from '../../src/engine';
import { CODE_PREFIX, encodeReplayCode, makeReplay, sealReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';

const root = mkdtempSync(join(tmpdir(), 'nd-corpus-'));
const files = join(root, 'files');
const cliPath = join(root, 'src', 'cli', 'main.mjs');
const LIMIT_MS = 5000;

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
  timedOut: boolean;
}

function run(args: string[], stdin?: string | Buffer, limit = LIMIT_MS): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.on('error', () => undefined); // a CLI that exits before reading its input
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out, err, ms: performance.now() - started, timedOut });
    });
  });
}

/** Run jobs a few at a time (as many as the machine has cores). */
async function pool<T, R>(items: T[], work: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

const file = (name: string, content: string | Buffer): string => {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
};
const json = (v: unknown): string => JSON.stringify(v);
const codeOf = (text: string): string => CODE_PREFIX + Buffer.from(deflateSync(strToU8(text))).toString('base64url');

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  /** What the one line on stderr must say. */
  says: RegExp;
  exit?: 1 | 2;
}

const cases: Case[] = [];
const add = (name: string, args: string[], says: RegExp, exit?: 1 | 2, stdin?: string | Buffer): void => {
  cases.push({ name, args, says, ...(exit ? { exit } : {}), ...(stdin !== undefined ? { stdin } : {}) });
};

// ---- options and commands ----
const play = (...more: string[]): string[] => ['play', '--scenario', 'campaign', '--seed', '1', ...more];
add('no command', [], /Nineteen Days — command line|usage/i, 2);
add('unknown command', ['fly'], /unknown command "fly"/, 2);
add('command "constructor"', ['constructor'], /unknown command "constructor"/, 2);
add('command "toString"', ['toString'], /unknown command "toString"/, 2);
add('command "__proto__"', ['__proto__'], /unknown command "__proto__"/, 2);
add('command "hasOwnProperty"', ['hasOwnProperty'], /unknown command "hasOwnProperty"/, 2);
add('unknown option', play('--colour', 'red'), /unknown option --colour/, 2);
add('option --__proto__', play('--__proto__', 'x'), /unknown option --__proto__/, 2);
add('option --constructor', play('--constructor'), /unknown option --constructor/, 2);
add('option --toString', ['scenarios', '--toString'], /unknown option --toString/, 2);
add('--seed without a value', ['play', '--scenario', 'campaign', '--seed'], /--seed needs a value/, 2);
add('--seed missing', ['play', '--scenario', 'campaign'], /--seed S is required/, 2);
add('--seed of 65 characters', play().slice(0, 3).concat(['--seed', 'x'.repeat(65)]), /--seed is at most 64 characters/, 2);
add('--seed twice', play('--seed', '2'), /--seed is given twice/, 2);
add('--json with a value', ['scenarios', '--json=yes'], /--json takes no value/, 2);
add('--scenario missing', ['play', '--seed', '1'], /--scenario ID is required/, 2);
add('unknown scenario', ['play', '--scenario', 'nowhere', '--seed', '1'], /no scenario "nowhere"; known: /, 1);
add('scenario "constructor"', ['play', '--scenario', 'constructor', '--seed', '1'], /no scenario "constructor"/, 1);
add('scenario "__proto__"', ['decisions', '--scenario', '__proto__'], /no scenario "__proto__"/, 1);
add('history of an unknown scenario', ['history', '--scenario', 'toString'], /no scenario "toString"/, 1);
add('decisions without --scenario', ['decisions'], /--scenario ID is required/, 2);
add('unknown policy', play('--policy', 'clever'), /--policy must be one of reactive, historical, adaptive, random/, 2);
add('policy "constructor"', play('--policy', 'constructor'), /--policy must be one of/, 2);
add('unknown --others', play('--others', 'x'), /--others must be one of/, 2);
add('unknown role', play('--role', 'martians'), /has no side "martians"/, 2);
add('role "constructor"', play('--role', 'constructor'), /has no side "constructor"/, 2);
add('role not a role', ['play', '--scenario', 'nagy-cabinet', '--seed', '1', '--role', 'army'], /not a role/, 2);
add('--choose without =', play('--choose', 'neutrality'), /--choose takes DECISION=OPTION/, 2);
add('--choose unknown decision', play('--choose', 'nothing=stay'), /has no decision "nothing"/, 2);
add('--choose "constructor"', play('--choose', 'constructor=stay'), /has no decision "constructor"/, 2);
add('--choose unknown option', play('--choose', 'neutrality=maybe'), /decision "neutrality" has no option "maybe"/, 2);
add('--choose escapes', play('--choose', '\u001b[2J=x'), /--choose takes DECISION=OPTION \(got "\\x1b\[2J=x"\)/, 2);
const batch = (...more: string[]): string[] => ['batch', '--scenario', 'campaign', ...more];
add('batch without --seeds', batch(), /--seeds N is required/, 2);
add('--seeds 0', batch('--seeds', '0'), /--seeds must be between 1 and 100000/, 2);
add('--seeds -5', batch('--seeds', '-5'), /--seeds needs a value/, 2);
add('--seeds 1.5', batch('--seeds', '1.5'), /--seeds must be a whole number/, 2);
add('--seeds 1e3', batch('--seeds', '1e3'), /--seeds must be a whole number/, 2);
add('--seeds many', batch('--seeds', 'many'), /--seeds must be a whole number/, 2);
add('--seeds 100001', batch('--seeds', '100001'), /--seeds must be between 1 and 100000 \(got 100001\)/, 2);
add('--seeds 1000000', batch('--seeds', '1000000'), /--seeds must be between 1 and 100000/, 2);
add('--seeds of 400 digits', batch('--seeds', '9'.repeat(400)), /--seeds must be between/, 2);
add('--workers 0', batch('--seeds', '5', '--workers', '0'), /--workers must be between 1 and/, 2);
add('--workers abc', batch('--seeds', '5', '--workers', 'abc'), /--workers must be a whole number/, 2);
add('--workers 5000', batch('--seeds', '5', '--workers', '5000'), /--workers must be between 1 and 1024/, 2);
add('--from abc', batch('--seeds', '5', '--from', 'abc'), /--from must be a whole number/, 2);
add('--from too far', batch('--seeds', '5', '--from', '10000000000000'), /--from must be between/, 2);
add('replay without a file', ['replay'], /replay takes one FILE/, 2);
add('replay of two files', ['replay', 'a', 'b'], /replay takes one FILE/, 2);

// ---- play --out ----
add('--out into a missing folder', play('--out', '/nonexistent/dir/x.json'), /^play: cannot write the replay to \/nonexistent\/dir\/x\.json: no such file or folder$/, 1);
add('--out a folder', play('--out', tmpdir()), /cannot write the replay to .*: is a folder, not a file/, 1);
add('--out /dev/full', play('--out', '/dev/full'), /cannot write the replay to \/dev\/full: no space left on the device/, 1);
add('--out through a file', play('--out', '/etc/passwd/x.json'), /cannot write the replay to \/etc\/passwd\/x\.json: a part of the path is not a folder/, 1);
add('--out empty', play('--out', ''), /--out needs a file name/, 2);
add('--out a path too long', play('--out', `/tmp/${'x'.repeat(300)}`), /cannot write the replay to .*: the path is too long/, 1);

/** Cases that need files: filled in before the corpus runs. */
function fileCases(): void {
  mkdirSync(files, { recursive: true });
  const exercise = scenario('nagy-cabinet');
  const g = autoplay(exercise, { seed: 'corpus', roles: { government: 'player' } }, { keepStates: true, choices: { neutrality: 'stay' } });
  const replay = makeReplay(exercise, g.states[0]!, g.actions, g.hashes, g.final);
  const text = JSON.stringify(replay);
  const report = makeReport(exercise, replay, g.states.slice(1), g.final);
  const resealed = (edit: (r: Replay & Record<string, unknown>) => void): string => {
    const copy = JSON.parse(text) as Replay & Record<string, unknown>;
    edit(copy);
    const { checksum: _c, ...body } = copy;
    return JSON.stringify(sealReplay(body));
  };
  const replayCase = (name: string, content: string | Buffer, says: RegExp): void => add(`replay: ${name}`, ['replay', file(`${name.replace(/[^a-z0-9]+/gi, '-')}.json`, content)], says, 1);

  // Files that are not replays.
  add('replay: missing file', ['replay', join(files, 'none.json')], /no such replay file/, 1);
  add('replay: a folder', ['replay', files], /is a folder, not a file/, 1);
  add('replay: /dev/null', ['replay', '/dev/null'], /the replay is empty/, 1);
  add('replay: /dev/zero', ['replay', '/dev/zero'], /the replay file is too large \(more than 4 MB\)/, 1);
  add('replay: through a file', ['replay', '/etc/passwd/x'], /a part of the path is not a folder/, 1);
  symlinkSync('loop.json', join(files, 'loop.json'));
  add('replay: a link to itself', ['replay', join(files, 'loop.json')], /too many symbolic links/, 1);
  replayCase('empty', '', /the replay is empty/);
  replayCase('spaces', '   \n\t ', /the replay is empty/);
  replayCase('5 MB', Buffer.alloc(5 * 1024 * 1024, 0x20), /too large/);
  replayCase('truncated', text.slice(0, text.length / 2), /not valid JSON/);
  replayCase('not JSON', 'hello world', /not valid JSON/);
  replayCase('UTF-16', Buffer.from(text, 'utf16le'), /not valid JSON/);
  replayCase('binary', Buffer.from([0, 1, 2, 3, 255, 254, 0x1b, 0x5b]), /not valid JSON/);
  replayCase('an array', '[1, 2]', /not a Nineteen Days replay/);
  replayCase('null', 'null', /not a Nineteen Days replay/);
  replayCase('a number', '42', /not a Nineteen Days replay/);
  replayCase('a string', '"ND1.x"', /not a Nineteen Days replay/);
  replayCase('an empty object', '{}', /not a Nineteen Days replay/);
  replayCase('another format', json({ format: 'chess' }), /not a Nineteen Days replay/);
  replayCase('format version 1', readFileSync('tests/fixtures/format-1/campaign.replay.json'), /format version 1, from an earlier version of Nineteen Days; this one reads format version 2 only/);
  replayCase('format version 99', text.replace('"formatVersion":2', '"formatVersion":99'), /format version 99, from a later version/);
  replayCase('format version as text', text.replace('"formatVersion":2', '"formatVersion":"2"'), /malformed at formatVersion/);
  replayCase('wrong checksum', text.replace(/"checksum":"[0-9a-f]+"/, `"checksum":"${'a'.repeat(64)}"`), /altered since it was saved/);
  replayCase('a short checksum', text.replace(/"checksum":"[0-9a-f]+"/, '"checksum":"abc"'), /malformed at checksum/);
  replayCase('edited seed', text.replace('"seed":"corpus"', '"seed":"other"'), /altered since it was saved/);
  replayCase('re-sealed outcome', resealed((r) => (r.final.outcome = 'crushed-early')), /the replay says the game ended "crushed-early", but it plays to/);
  replayCase('re-sealed final date', resealed((r) => (r.final.date = '1956-10-30')), /the replay says the game reached 1956-10-30/);
  replayCase('re-sealed final hash', resealed((r) => (r.final.hash = '0'.repeat(32))), /the final state differs/);
  replayCase('re-sealed turn hash', resealed((r) => (r.turns[2] = 'f'.repeat(32))), /diverged at turn 3/);
  replayCase('re-sealed missing turn', resealed((r) => r.turns.pop()), /cut short|more turns than turn hashes/);
  replayCase('re-sealed extra turn', resealed((r) => r.turns.push('e'.repeat(32))), /cut short/);
  replayCase('re-sealed forged journal', resealed((r) => r.journal.push({ date: '1956-10-28', side: 'government', decision: 'neutrality', option: 'stay', reason: 'forged' })), /journal does not match/);
  replayCase('re-sealed changed choice', resealed((r) => {
    const d = r.actions.find((a) => a.type === 'decide' && a.decision === 'neutrality');
    if (d && d.type === 'decide') d.option = 'declare';
  }), /diverged|refused|journal/);
  replayCase('re-sealed unknown action', resealed((r) => (r.actions as unknown[]).push({ type: 'surrender' })), /malformed at actions\[\d+\]/);
  replayCase('re-sealed action after the end', resealed((r) => r.actions.push({ type: 'endTurn' })), /turn \d+ \(.*\): the replay's action was refused: the game is over/);
  replayCase('re-sealed order for an unknown area', resealed((r) => r.actions.unshift({ type: 'order', side: 'government', area: 'atlantis', order: null })), /there is no area "atlantis"/);
  replayCase('re-sealed 5,001 actions', resealed((r) => (r.actions = Array.from({ length: 5001 }, () => ({ type: 'endTurn' as const })))), /malformed at actions/);
  replayCase('re-sealed reason of 201 characters', resealed((r) => r.actions.unshift({ type: 'decide', side: 'government', decision: 'neutrality', option: 'stay', reason: 'x'.repeat(201) })), /malformed at actions\[0\]\.reason/);
  replayCase('re-sealed seed of 65 characters', resealed((r) => (r.seed = 'x'.repeat(65))), /malformed at seed/);
  replayCase('re-sealed empty seed', resealed((r) => (r.seed = '')), /malformed at seed/);
  replayCase('re-sealed extra field', resealed((r) => (r.grade = 'A')), /malformed at the top level/);
  replayCase('re-sealed roles constructor historical', resealed((r) => ((r.roles as Record<string, unknown>)['constructor'] = 'historical')), /malformed at roles\.constructor: this id is reserved/);
  replayCase('re-sealed roles constructor player', resealed((r) => ((r.roles as Record<string, unknown>)['constructor'] = 'player')), /malformed at roles\.constructor: this id is reserved/);
  replayCase('roles __proto__', text.replace('"roles":{', '"roles":{"__proto__":"player",'), /it has a "__proto__" key/);
  replayCase('re-sealed unknown side', resealed((r) => ((r.roles as Record<string, unknown>)['martians'] = 'player')), /unknown side "martians"/);
  replayCase('re-sealed unknown controller', resealed((r) => ((r.roles as Record<string, unknown>)['government'] = 'robot')), /malformed at roles\.government/);
  replayCase('re-sealed forced constructor', resealed((r) => ((r.forced as Record<string, unknown>)['constructor'] = 'stay')), /malformed at forced\.constructor/);
  replayCase('re-sealed forced unknown option', resealed((r) => (r.forced = { neutrality: 'maybe' })), /decision "neutrality" has no option "maybe"/);
  replayCase('re-sealed engine version', resealed((r) => (r.engineVersion = 999)), /engine version 999/);
  replayCase('re-sealed scenario not installed', resealed((r) => (r.scenario.id = 'atlantis')), /scenario "atlantis" is not installed/);
  replayCase('re-sealed scenario changed', resealed((r) => (r.scenario.hash = '1'.repeat(32))), /has changed since the replay was made/);
  replayCase('re-sealed seed with escapes', resealed((r) => (r.seed = 'a\u001b]0;pwned\u0007')), /diverged|the final state differs/);
  replayCase('a reason with escapes, re-sealed', resealed((r) => r.journal.push({ date: '1956-10-28', side: 'government', decision: 'neutrality', option: 'stay', reason: '\u001b[31mred\u001b[0m' })), /journal does not match/);
  // End reports.
  replayCase('report without a code', json({ ...report, replayCode: undefined }), /the report carries no replay code/);
  replayCase('report with a broken code', json({ ...report, replayCode: 'ND1.@@@' }), /characters a code cannot contain/);
  replayCase('report with a forged outcome', json({ ...report, outcome: { id: 'crushed-early', label: 'Crushed', historical: false } }), /the report’s “outcome” does not match/);
  replayCase('report with forged figures', json({ ...report, days: report.days.map((d) => ({ ...d, divergence: 0 })) }), /the report’s “days” does not match/);
  replayCase('report with a forged reason', json({ ...report, decisions: report.decisions.map((d) => ({ ...d, reason: 'I meant it' })) }), /the report’s “decisions” does not match/);
  replayCase('report of format version 1 replay', json({ ...report, replayCode: codeOf(readFileSync('tests/fixtures/format-1/campaign.replay.json', 'utf8')) }), /format version 1/);
  // Codes.
  const code = encodeReplayCode(replay);
  add('code: the prefix alone', ['replay', 'ND1.'], /damaged or cut short/, 1);
  add('code: bad characters', ['replay', 'ND1.@@@'], /characters a code cannot contain/, 1);
  add('code: cut short', ['replay', code.slice(0, code.length / 2)], /damaged or cut short/, 1);
  add('code: one character changed', ['replay', code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41)], /damaged|not valid JSON|altered|malformed|not a Nineteen Days replay/, 1);
  add('code: of text', ['replay', codeOf('hello')], /not valid JSON/, 1);
  add('code: of format version 1', ['replay', codeOf(readFileSync('tests/fixtures/format-1/campaign.replay.json', 'utf8'))], /format version 1/, 1);
  add('code: that inflates to 64 MB', ['replay', CODE_PREFIX + Buffer.from(deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 1 })).toString('base64url')], /too large/, 1);
  add('code: too long to be a replay', ['replay', '-'], /too large/, 1, `ND1.${'A'.repeat(3 * 1024 * 1024)}`);
  add('code: with spaces inside', ['replay', `${code.slice(0, 30)} ${code.slice(30)}`], /characters a code cannot contain/, 1);
  add('stdin: nothing', ['replay', '-'], /the replay is empty/, 1, '');
  add('stdin: garbage', ['replay', '-'], /not valid JSON/, 1, 'garbage');
  add('stdin: 5 MB', ['replay', '-'], /standard input: the replay file is too large/, 1, Buffer.alloc(5 * 1024 * 1024, 0x41));
  add('stdin: a re-sealed forgery', ['replay', '-', '--json'], /the replay says the game ended/, 1, resealed((r) => (r.final.outcome = 'crushed-early')));

  // Scenario files for validate: each broken in one place, so each gives one issue.
  const exerciseFile = JSON.parse(readFileSync('scenarios/nagy-cabinet.json', 'utf8')) as Record<string, unknown>;
  const toyFile = (): Record<string, unknown> & { model: Record<string, { value: number }>; areas: { weight: number; start: { forces: Record<string, number> } }[]; decisions: { date: string; options: { effects: unknown[] }[] }[]; national: Record<string, number> } =>
    JSON.parse(readFileSync('tests/fixtures/toy/scenario.json', 'utf8')) as never;
  const scenarioCase = (name: string, data: unknown, says: RegExp): void => {
    add(`validate: ${name}`, ['validate', file(`scenario-${name.replace(/[^a-z0-9]+/gi, '-')}.json`, typeof data === 'string' ? data : json(data))], says, 1);
  };
  const toyWith = (edit: (t: ReturnType<typeof toyFile>) => void): unknown => {
    const t = toyFile();
    edit(t);
    return t;
  };
  scenarioCase('start in month 14', { ...exerciseFile, start: '1956-14-01' }, /start: not a calendar date between 1900-01-01 and 2100-12-31/);
  scenarioCase('start in month 99', { ...exerciseFile, start: '1956-99-01' }, /start: not a calendar date/);
  scenarioCase('a decision in month 14', toyWith((t) => (t.decisions[0]!.date = '1956-14-01')), /decisions\[0\]\.date: not a calendar date/);
  scenarioCase('30 February', { ...exerciseFile, end: '1956-02-30' }, /end: not a calendar date/);
  scenarioCase('date without zeros', { ...exerciseFile, start: '1956-1-1' }, /start: a date is written YYYY-MM-DD/);
  scenarioCase('exercise starting 9999-12-31', { ...exerciseFile, start: '9999-12-31' }, /start: not a calendar date between 1900-01-01 and 2100-12-31/);
  scenarioCase('exercise in 2099', { ...exerciseFile, start: '2099-12-30', end: '2099-12-31' }, /an exercise lies within its base's days/);
  scenarioCase('exercise before its base', { ...exerciseFile, start: '1956-10-01' }, /an exercise lies within its base's days/);
  scenarioCase('end before start', { ...exerciseFile, end: '1956-10-27' }, /the end \(1956-10-27\) comes before the start/);
  scenarioCase('three years long', toyWith((t) => (t.end = '1959-10-25')), /a scenario lasts at most 366 days/);
  scenarioCase('noise 1e308', toyWith((t) => (t.model.noise!.value = 1e308)), /model\.noise\.value: Too big/);
  scenarioCase('garrisonTroops 1e308', toyWith((t) => (t.model.garrisonTroops!.value = 1e308)), /model\.garrisonTroops\.value: Too big/);
  scenarioCase('councilCapacity 0', toyWith((t) => (t.model.councilCapacity!.value = 0)), /model\.councilCapacity\.value: Too small/);
  scenarioCase('forces 1e308', toyWith((t) => (t.areas[0]!.start.forces.revolutionaries = 1e308)), /start\.forces\.revolutionaries: Too big/);
  scenarioCase('weight 1e308', toyWith((t) => (t.areas[0]!.weight = 1e308)), /areas\[0\]\.weight: Too big/);
  scenarioCase('national 1e308', toyWith((t) => (t.national.momentum = 1e308)), /national\.momentum: Too big/);
  scenarioCase('effect add 1e308', toyWith((t) => (t.decisions[0]!.options[0]!.effects = [{ type: 'national', key: 'momentum', add: 1e308 }])), /effects\[0\]\.add: Too big/);
  scenarioCase('a clash of 1e308 dead', toyWith((t) => (t.decisions[0]!.options[0]!.effects = [{ type: 'clash', area: 'square', label: 'x', dead: { low: 0, high: 1e308 }, estimate: { basis: 'a made-up toll' } }])), /dead\.high: Too big/);
  scenarioCase('a top-level constructor key', { ...exerciseFile, constructor: 'x' }, /\(top level\): Unrecognized key: "constructor"/);
  scenarioCase('a top-level __proto__ key', `{"__proto__": {"id": "x"}, ${json(exerciseFile).slice(1)}`, /\(top level\): Unrecognized key: "__proto__"/);
  scenarioCase('id "constructor"', { ...exerciseFile, id: 'constructor' }, /id: this id is reserved/);
  scenarioCase('a side id "constructor"', toyWith((t) => ((t.sides as { id: string }[])[6]!.id = 'constructor')), /sides\[6\]\.id: this id is reserved/);
  scenarioCase('an id of 65 characters', { ...exerciseFile, id: 'x'.repeat(65) }, /id: Too big/);
  scenarioCase('not JSON', 'not json', /not valid JSON/);
  scenarioCase('an array', '[]', /expected a JSON object/);
  scenarioCase('empty', '', /empty \(not a scenario\)/);
  add('validate: 5 MB file', ['validate', file('huge.json', Buffer.alloc(5 * 1024 * 1024, 0x20))], /the scenario file is too large \(more than 4 MB\)/, 1);
  add('validate: /dev/null', ['validate', '/dev/null'], /^\/dev\/null: \(top level\): empty \(not a scenario\)$/, 1);
  add('validate: /dev/zero', ['validate', '/dev/zero'], /too large/, 1);
  add('validate: a missing path', ['validate', join(files, 'nothing-here')], /no such file or folder/, 1);
  add('validate: through a file', ['validate', '/etc/passwd/x'], /a part of the path is not a folder/, 1);
  const loop = join(files, 'loop-folder');
  mkdirSync(loop);
  symlinkSync(loop, join(loop, 'self'));
  add('validate: a folder holding a link to itself', ['validate', loop], /loop-folder[/\\]self: \(top level\): a link back to a folder already read \(a loop\); skipped/, 1);
  symlinkSync('self-link', join(files, 'self-link'));
  add('validate: a link to itself', ['validate', join(files, 'self-link')], /too many symbolic links/, 1);
  const dangling = join(files, 'dangling-folder');
  mkdirSync(dangling);
  symlinkSync(join(files, 'gone'), join(dangling, 'gone.json'));
  add('validate: a dangling link in a folder', ['validate', dangling], /gone\.json: \(top level\): no such file or folder/, 1);
  const empty = join(files, 'empty-folder');
  mkdirSync(empty);
  add('validate: an empty folder', ['validate', empty], /no scenario found here/, 1);
}

describe('the command line refuses bad input in one line', () => {
  let results: Run[] = [];
  beforeAll(async () => {
    await build({
      entryPoints: { main: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
      outdir: join(root, 'src', 'cli'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      logLevel: 'error',
      // Bundled CommonJS (seedrandom) may call require.
      banner: { js: "import { createRequire as __ndRequire } from 'node:module'; const require = __ndRequire(import.meta.url);" },
    });
    // The bundle finds the scenarios where the sources do: two folders up.
    symlinkSync(resolve('scenarios'), join(root, 'scenarios'));
    fileCases();
    results = await pool(cases, (c) => run(c.args, c.stdin));
  }, 600_000);

  it('has a corpus of at least 100 bad inputs', () => {
    console.log(`${cases.length} bad inputs`);
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it('each exits 1 or 2 with one line on stderr saying what is wrong, no stack trace, within 5 seconds', () => {
    const problems: string[] = [];
    cases.forEach((c, i) => {
      const r = results[i]!;
      const lines = r.err.trimEnd().split('\n');
      const fault =
        r.timedOut ? `still running after ${LIMIT_MS} ms`
        : r.code !== 1 && r.code !== 2 ? `exit ${r.code}`
        : c.exit && r.code !== c.exit ? `exit ${r.code}, not ${c.exit}`
        : c.name === 'no command' ? null
        : lines.length !== 1 ? `${lines.length} lines on stderr`
        : /\bat .*:\d+:\d+|internal error|Error:/.test(r.err) ? 'a stack trace or an internal error'
        : !c.says.test(lines[0]!) ? `said “${lines[0]}”`
        : r.out !== '' && !c.args.includes('--json') ? `printed on stdout: ${r.out.slice(0, 80)}`
        : null;
      if (fault) problems.push(`${c.name}: ${fault}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the command line within its limits', () => {
  it('cuts --workers beyond the cores to the cores, with a line saying so', async () => {
    const ok = await run(['batch', '--scenario', 'campaign', '--seeds', '8', '--workers', '64', '--json'], undefined, 60_000);
    expect(ok.code).toBe(0);
    const cores = availableParallelism();
    expect(ok.err).toBe(`batch: --workers 64 is more than this machine's ${cores} core${cores === 1 ? '' : 's'}; using ${cores}\n`);
    expect((JSON.parse(ok.out) as { workers: number }).workers).toBe(cores);
  });

  it('--help states the limits', async () => {
    const r = await run(['--help'], undefined, 60_000);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--seeds at most 100,000 games a batch; --workers at most the machine's cores/);
    expect(r.out).toMatch(/at most 4 MB/);
  });

  it('a verified replay whose seed carries terminal escapes prints them escaped; --json stays JSON', async () => {
    const s = scenario('radio-night');
    const seed = 'a\u001b]0;pwned\u0007\u001b[2J\rFAKE\u009b31m\u202e';
    const g = autoplay(s, { seed, roles: { avh: 'player' } }, { keepStates: true });
    const path = file('escapes.json', JSON.stringify(makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final)));
    const r = await run(['replay', path], undefined, 60_000);
    expect(r.code).toBe(0);
    expect(r.out).toContain('seed a\\x1b]0;pwned\\x07\\x1b[2J\\x0dFAKE\\x9b31m\\u{202e}, policy');
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const j = await run(['replay', path, '--json'], undefined, 60_000);
    // eslint-disable-next-line no-control-regex -- nor in JSON
    expect(j.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect((JSON.parse(j.out) as { seed: string }).seed).toBe(seed);
  });
});
