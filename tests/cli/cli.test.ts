// The command line end to end, as a spawned process: what a tester types, what they see.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReport, scoreObjectives, speakReports } from '../../src/classroom';
import { localized } from '../../src/cli/translations';
import { autoplay } from '../../src/engine';
import { makeReplay } from '../../src/replay';
import { scenario } from '../helpers';

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'nd-cli-'));

describe('command line', () => {
  it('scenarios --json lists id, title, start, end and roles', () => {
    const r = cli('scenarios', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; roles: string[]; start: string; end: string; title: string }[];
    expect(list.find((s) => s.id === 'campaign')).toMatchObject({ start: '1956-10-23', end: '1956-11-10', roles: ['revolutionaries', 'government', 'soviet', 'army', 'avh', 'west', 'kadar'] });
    expect(cli('scenarios').out).toMatch(/campaign\s+Nineteen Days/);
  });

  it('validate passes the installed scenarios and fails a broken file with file, path and problem', () => {
    expect(cli('validate').code).toBe(0);
    // An exercise checked on its own finds its base among the installed scenarios.
    expect(cli('validate', 'scenarios/nagy-cabinet.json').out).toMatch(/ok: 1 scenario valid \(nagy-cabinet\)/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'Bad Id', title: 'x', kind: 'campaign', start: '1956-10-23', end: '1956-11-10', summary: '', roles: [] }));
    const r = cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json: id: an id is lower-case/);
    expect(r.err).toMatch(/bad\.json: roles: /);
    expect(cli('validate', join(dir, 'missing.json')).err).toMatch(/missing\.json: \(top level\): no such file or folder/);
  });

  it('decisions and history --json give the documented shapes', () => {
    const d = JSON.parse(cli('decisions', '--scenario', 'campaign', '--json').out) as { decisions: { id: string; date: string; actor: string; title: string; options: { id: string; label: string; historical: boolean }[] }[] };
    expect(d.decisions.length).toBeGreaterThanOrEqual(15);
    for (const x of d.decisions) expect(x.options.filter((o) => o.historical)).toHaveLength(1);
    const h = JSON.parse(cli('history', '--scenario', 'campaign', '--json').out) as { events: { date: string; title: string; source: { quote: string } }[]; series: Record<string, { date: string; value: number; estimate: boolean }[]> };
    expect(h.events.length).toBeGreaterThanOrEqual(40);
    expect(h.series.hungarianDead!.at(-1)).toMatchObject({ date: '1956-11-10', value: 2500, low: 2500, high: 3000, estimate: false });
  });

  it('play --json: 19 turns with metrics, control and hashes; --out writes a replay that replay verifies', () => {
    const file = join(dir, 'game.json');
    const r = cli('play', '--scenario', 'campaign', '--seed', '42', '--role', 'government', '--policy', 'adaptive', '--choose', 'neutrality=stay', '--out', file, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { scenario: string; seed: string; policy: string; turns: { turn: number; date: string; metrics: Record<string, number>; control: Record<string, string>; hash: string }[]; final: { date: string; outcome: { id: string; label: string; historical: boolean }; hash: string; metrics: Record<string, number> } };
    expect(out).toMatchObject({ scenario: 'campaign', seed: '42', policy: 'adaptive' });
    expect(out.turns).toHaveLength(19);
    expect(Object.keys(out.turns[0]!.metrics)).toEqual(expect.arrayContaining(['hungarianDead', 'hungarianWounded', 'sovietDead', 'sovietWounded', 'refugees', 'prisonersFreed', 'councils', 'sovietTroops', 'sovietTanks']));
    expect(out.turns[0]!.control.corvin).toBeDefined();
    expect(out.final.date).toBe('1956-11-10');
    expect(typeof out.final.outcome.historical).toBe('boolean');
    const replay = JSON.parse(readFileSync(file, 'utf8')) as { forced: Record<string, string> };
    expect(replay.forced).toEqual({ neutrality: 'stay' });
    const again = cli('replay', file, '--json');
    expect(again.code).toBe(0);
    // The record of each choice: who took it, the chance the policy gave it, and why.
    const decisions = (out as unknown as { decisions: { date: string; decision: string; side: string; option: string; historical: boolean; by: string; policy?: string; chance: number | null; factors: { label: string; value: number }[] }[] }).decisions;
    expect(decisions.find((d) => d.decision === 'neutrality')).toMatchObject({ date: '1956-11-01', side: 'government', option: 'stay', historical: false, by: 'forced', chance: null });
    const policyChoice = decisions.find((d) => d.by === 'policy')!;
    expect(policyChoice.policy).toBe('reactive');
    expect(policyChoice.chance).toBeGreaterThan(0);
    expect(policyChoice.chance).toBeLessThan(1);
    expect(decisions.filter((d) => d.side === 'government' && d.by === 'player').length).toBeGreaterThan(3);
    for (const d of decisions) for (const f of d.factors) expect(typeof f.label).toBe('string');
    const back = JSON.parse(again.out) as typeof out;
    expect(back.final.hash).toBe(out.final.hash);
    expect(back.turns.map((t) => t.hash)).toEqual(out.turns.map((t) => t.hash));
  });

  it('play --json gives final.objectives: every role’s objectives as {side, id, text, met, detail}, scored as the class report scores them', () => {
    const r = cli('play', '--scenario', 'nagy-cabinet', '--seed', '1956', '--policy', 'historical', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { final: { objectives: Record<string, unknown>[] } };
    const s = scenario('nagy-cabinet');
    const objectives = out.final.objectives;
    expect(objectives.map((o) => `${String(o.side)}/${String(o.id)}`)).toEqual(s.roles.flatMap((role) => role.objectives.map((o) => `${role.side}/${o.id}`)));
    for (const o of objectives) {
      expect(Object.keys(o).sort()).toEqual(['detail', 'id', 'met', 'side', 'text']);
      expect(['yes', 'partly', 'no']).toContain(o.met);
      expect(typeof o.text).toBe('string');
      expect(String(o.detail).length).toBeGreaterThan(3);
    }
    // The same game in Node, scored by the one function the end report uses.
    const g = autoplay(s, { seed: '1956', defaultPolicy: 'historical', forced: {} }, { playerPolicy: 'historical' });
    expect(objectives).toEqual(scoreObjectives(s, g.final));
  });

  it('replay refuses a tampered or truncated file: one line, exit 1, no stack trace', () => {
    const file = join(dir, 'game2.json');
    expect(cli('play', '--scenario', 'campaign', '--seed', '7', '--out', file).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, text.replace('"seed": "7"', '"seed": "8"'));
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, text.slice(0, 300));
    for (const [path, message] of [[tampered, /altered since it was saved/], [truncated, /not valid JSON/], [join(dir, 'none.json'), /no such replay file/]] as const) {
      const r = cli('replay', path);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
      expect(r.out).toBe('');
    }
    const json = cli('replay', tampered, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: { problem: 'CHECKSUM' } });
  });

  it('replay also reads a student’s end report (it carries the replay code)', () => {
    const s = scenario('radio-night');
    const g = autoplay(s, { seed: 'report', roles: { avh: 'player' } }, { keepStates: true, choices: { 'radio-crowd': 'release' } });
    const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
    const file = join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(makeReport(s, replay, g.states.slice(1), g.final)));
    const r = cli('replay', file, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { final: { hash: string } }).final.hash).toBe(replay.final.hash);
  });

  it('replay verifies a report handed in from a Hungarian game, in either language, and still refuses one edited', () => {
    const s = scenario('nagy-cabinet');
    const g = autoplay(s, { seed: 'magyar-jelentes', roles: { government: 'player' } }, { keepStates: true, choices: { neutrality: 'stay' } });
    const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
    // The report as a Hungarian browser writes it: the exercise's translation, the classroom speaking Hungarian.
    speakReports('hu');
    const magyar = makeReport(localized(s, 'hu'), replay, g.states.slice(1), g.final);
    speakReports('en');
    const english = makeReport(s, replay, g.states.slice(1), g.final);
    // Its words are Hungarian: the exercise's title, the options, the objectives.
    expect(magyar.scenario.title).toBe('A Nagy-kormány, október 28. – november 1.');
    expect(magyar.decisions.map((d) => d.label)).not.toEqual(english.decisions.map((d) => d.label));
    expect(magyar.objectives.map((o) => o.text)).not.toEqual(english.objectives.map((o) => o.text));
    const file = join(dir, 'jelentes.json');
    writeFileSync(file, JSON.stringify({ ...magyar, names: 'Kovács Anna, Szabó Bence' }));
    const englishFile = join(dir, 'report-en.json');
    writeFileSync(englishFile, JSON.stringify(english));
    for (const args of [[file], [file, '--lang', 'hu'], [englishFile, '--lang', 'hu']]) {
      const r = cli('replay', ...args, '--json');
      expect(r.code, `${args.join(' ')}: ${r.out}`).toBe(0);
      expect((JSON.parse(r.out) as { final: { hash: string } }).final.hash).toBe(replay.final.hash);
    }
    // The words are not compared, but all else is: an option changed, a word that is no word.
    const edits: [string, (r: typeof magyar) => void][] = [
      ['decisions', (r) => (r.decisions.find((d) => d.decision === 'neutrality')!.option = 'declare')],
      ['decisions', (r) => ((r.decisions[0] as unknown as Record<string, unknown>).label = 7)],
      ['objectives', (r) => (r.objectives[0]!.met = r.objectives[0]!.met === 'yes' ? 'no' : 'yes')],
      ['outcome', (r) => (r.outcome = { ...r.outcome!, historical: !r.outcome!.historical })],
    ];
    for (const [field, edit] of edits) {
      const copy = JSON.parse(JSON.stringify(magyar)) as typeof magyar;
      edit(copy);
      const bad = join(dir, 'hamis.json');
      writeFileSync(bad, JSON.stringify(copy));
      const r = cli('replay', bad, '--json', '--lang', 'hu');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { problem: 'REPORT_MISMATCH' } });
      // The reason in the language asked for, naming the field.
      expect(r.err).toContain(`„${field}”`);
    }
  });

  it('--lang hu gives the tables in Hungarian: headers, lines and grouped numbers; ids, dates and hashes unchanged', () => {
    const en = cli('play', '--scenario', 'nagy-cabinet', '--seed', 'fejlec');
    const hu = cli('play', '--scenario', 'nagy-cabinet', '--seed', 'fejlec', '--lang', 'hu');
    expect(hu.code).toBe(0);
    expect(hu.out).toMatch(/^nagy-cabinet, kezdőérték \(seed\) fejlec, döntési mód \(policy\) reagáló$/m);
    expect(hu.out).toMatch(/^forduló {2}dátum {7}magyar halottak {2}szovjet halottak {2}menekültek {2}tanácsok {2}foglyok {2}hasítóérték$/m);
    expect(hu.out).toMatch(/^Kimenetel, 1956-11-01: .+$/m);
    expect(hu.out).not.toMatch(/Hungarian dead|refugees|Outcome on|Final state hash|as in history/);
    // The same game: every hash of the English table is in the Hungarian one; thousands grouped with a (no-break) space.
    const hashes = (out: string): string[] => out.match(/\b[0-9a-f]{32}\b/g) ?? [];
    expect(hashes(hu.out)).toEqual(hashes(en.out));
    expect(hashes(hu.out).length).toBe(6);
    expect(en.out).toMatch(/\d,\d{3}\b/);
    expect(hu.out).toMatch(/\d\u00a0\d{3}\b/);
    const decisions = cli('decisions', '--scenario', 'nagy-cabinet', '--lang', 'hu').out;
    expect(decisions.split('\n')[0]).toMatch(/^dátum +döntéshozó +döntés +cím +lehetőségek \(\* = a történelemben\)$/);
    expect(decisions).toMatch(/nagy-programme +.+ +programme\*/);
    expect(cli('history', '--scenario', 'nagy-cabinet', '--lang', 'hu').out).toMatch(/^dátum +idő +esemény$[\s\S]*\(a ~ becslést jelöl\)/m);
    expect(cli('scenarios', '--lang', 'hu').out).toMatch(/^azonosító +cím +kezdete +vége +szerepek$/m);
  });

  it('batch --json summarises metrics and outcomes over seeds, with 2 workers', () => {
    const r = cli('batch', '--scenario', 'campaign', '--seeds', '60', '--from', '100', '--workers', '2', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { scenario: string; runs: number; policy: string; metrics: Record<string, Record<string, number>>; outcomes: Record<string, { count: number; label: string; historical: boolean }>; msPerGame: number };
    expect(out).toMatchObject({ scenario: 'campaign', runs: 60, policy: 'reactive' });
    // How often each option of each decision was taken: the Presidium's reversal among them, summing to the games that reached it.
    const decisions = (out as unknown as { decisions: Record<string, Record<string, number>> }).decisions;
    expect(Object.values(decisions['students-march']!).reduce((a, b) => a + b, 0)).toBe(60);
    expect(Object.keys(decisions['presidium-reverses'] ?? {}).every((o) => ['prepare', 'hold'].includes(o))).toBe(true);
    for (const k of ['min', 'p10', 'median', 'p90', 'max', 'mean']) expect(out.metrics.hungarianDead![k]).toBeGreaterThan(0);
    expect(Object.values(out.outcomes).reduce((t, o) => t + o.count, 0)).toBe(60);
    expect(out.msPerGame).toBeGreaterThan(0);
    // The same seeds with one worker give the same summary.
    const one = JSON.parse(cli('batch', '--scenario', 'campaign', '--seeds', '60', '--from', '100', '--workers', '1', '--json').out) as typeof out;
    expect(one.metrics).toEqual(out.metrics);
    expect(one.outcomes).toEqual(out.outcomes);
  });

  it('bad input gets a clear message and a non-zero exit', () => {
    const cases: [string[], RegExp, number][] = [
      [['play', '--scenario', 'campaign'], /--seed S is required/, 2],
      [['play', '--scenario', 'nowhere', '--seed', '1'], /no scenario "nowhere"; known: .*campaign/, 1],
      [['play', '--scenario', 'campaign', '--seed', '1', '--policy', 'clever'], /--policy must be one of reactive, historical, adaptive, random/, 2],
      [['play', '--scenario', 'campaign', '--seed', '1', '--choose', 'neutrality=maybe'], /decision "neutrality" has no option "maybe"/, 2],
      [['play', '--scenario', 'nagy-cabinet', '--seed', '1', '--role', 'army'], /not a role/, 2],
      [['batch', '--scenario', 'campaign', '--seeds', 'many'], /--seeds must be a whole number/, 2],
      [['play', '--scenario', 'campaign', '--seed', '1', '--colour', 'red'], /unknown option --colour/, 2],
      [['fly'], /unknown command "fly"/, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
  });
  it('--lang hu says its errors, usage and validate lines in Hungarian, with the same exit codes and JSON', () => {
    const cases: [string[], RegExp, number][] = [
      [['play', '--scenario', 'campaign', '--lang', 'hu'], /^play: a --seed S kötelező .*\(a használatot a --help mutatja\)$/m, 2],
      [['play', '--scenario', 'nowhere', '--seed', '1', '--lang', 'hu'], /^play: nincs „nowhere” forgatókönyv; ismertek: .*campaign/m, 1],
      // Said in Hungarian even when the option before --lang is the one refused.
      [['play', '--bogus', '--lang', 'hu'], /^play: ismeretlen kapcsoló: --bogus/m, 2],
      [['play', '--scenario', 'campaign', '--seed', '1', '--choose', 'neutrality=maybe', '--lang', 'hu'], /nincs „maybe” lehetőség ebben a döntésben: neutrality/, 2],
      // The engine's own setup check (SetupError), said from its code.
      [['play', '--scenario', 'campaign', '--seed', '1', '--role', 'martians', '--lang', 'hu'], /^play: nincs „martians” oldal ebben a forgatókönyvben: campaign \(oldalak: revolutionaries, /m, 2],
      [['play', '--scenario', 'nagy-cabinet', '--seed', '1', '--role', 'army', '--lang', 'hu'], /^play: „army” nem választható szerep ebben a forgatókönyvben: nagy-cabinet \(szerepek: government, revolutionaries, soviet\)/m, 2],
      [['batch', '--scenario', 'campaign', '--seeds', '2', '--choose', 'elsewhere=go', '--lang', 'hu'], /^batch: nincs „elsewhere” döntés ebben a forgatókönyvben: campaign \(lásd: decisions --scenario campaign\)/m, 2],
      [['batch', '--scenario', 'campaign', '--seeds', 'many', '--lang', 'hu'], /a --seeds értéke egész szám legyen \(kapott érték: „many”\)/, 2],
      [['replay', join(dir, 'nincs.json'), '--lang', 'hu'], /^replay: nincs ilyen visszajátszásfájl: /m, 1],
      [['validate', join(dir, 'missing.json'), '--lang', 'hu'], /missing\.json: \(legfelső szint\): nincs ilyen fájl vagy mappa/, 1],
      [['frob', '--lang', 'hu'], /^ismeretlen parancs: „frob”/m, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.err, args.join(' ')).not.toMatch(/is required|unknown|no such|must be|run with --help|top level/);
    }
    expect(cli('validate', 'scenarios/nagy-cabinet.json', '--lang', 'hu').out).toMatch(/^rendben: 1 érvényes forgatókönyv \(nagy-cabinet\)$/m);
    const help = cli('--help', '--lang', 'hu');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Tizenkilenc nap — parancssor$/m);
    expect(help.out).toMatch(/legfeljebb 100\u00a0000 játszma/);
    expect(help.out).not.toMatch(/Policies|Limits|the default/);
    // The JSON keeps its ids and problem codes.
    const bad = cli('replay', join(dir, 'nincs.json'), '--json', '--lang', 'hu');
    expect(JSON.parse(bad.out)).toMatchObject({ ok: false, error: { problem: 'BAD_FILE' } });
  });

  it('validate --lang hu says the schema\'s and the reference checks\' problems in Hungarian, each at the same path; --json keeps each code', () => {
    const toy = JSON.parse(readFileSync('tests/fixtures/toy/scenario.json', 'utf8')) as { [k: string]: unknown; decisions: { options: { id: string; historical?: boolean; effects: unknown[] }[] }[]; areas: { neighbours: string[] }[] };
    // The schema's problems: a wrong type, an unknown key, an id badly written, a quote too long.
    const schema = structuredClone(toy);
    schema.title = 5;
    schema.extra = true;
    schema.decisions[1]!.options[1]!.id = 'Bad Id';
    const schemaFile = join(dir, 'schema-hibas.json');
    writeFileSync(schemaFile, JSON.stringify(schema));
    // The references: an unknown area and flag, two historical options.
    const refs = structuredClone(toy);
    refs.areas[0]!.neighbours.push('atlantis');
    refs.decisions[2]!.options[0]!.effects = [{ type: 'flag', flag: 'nowhere', value: true }];
    refs.decisions[0]!.options.forEach((o) => (o.historical = true));
    const refsFile = join(dir, 'hivatkozas-hibas.json');
    writeFileSync(refsFile, JSON.stringify(refs));

    const hu = cli('validate', schemaFile, refsFile, '--lang', 'hu');
    expect(hu.code).toBe(1);
    const lines = hu.err.trim().split('\n');
    expect(lines).toEqual([
      `${schemaFile}: title: rossz típus: szöveg kell, de szám áll itt`,
      `${schemaFile}: decisions[1].options[1].id: az azonosító kisbetűkből, számjegyekből és kötőjelekből áll`,
      `${schemaFile}: (legfelső szint): ismeretlen kulcs: "extra"`,
      `${refsFile}: areas[0].neighbours[2]: ismeretlen terület: „atlantis”`,
      `${refsFile}: decisions[0].options: pontosan egy lehetőségnek kell a történelminek lennie (most ennyi: 2)`,
      `${refsFile}: decisions[2].options[0].effects[0].flag: ismeretlen jelző: „nowhere”`,
      '6 hiba található',
    ]);
    // English keeps the program's own lines, at the same paths.
    const en = cli('validate', schemaFile, refsFile).err.trim().split('\n');
    expect(en.pop()).toBe('6 problems found');
    expect(en.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual(lines.slice(0, -1).map((l) => l.split(': ').slice(0, 2).join(': ').replace('(legfelső szint)', '(top level)')));
    expect(en).toContain(`${schemaFile}: title: Invalid input: expected string, received number`);
    expect(en).toContain(`${refsFile}: areas[0].neighbours[2]: unknown area "atlantis"`);
    // The JSON: the message in the language chosen, the code the same in both.
    const json = (lang: string) => (JSON.parse(cli('validate', schemaFile, refsFile, '--json', '--lang', lang).out) as { issues: { path: string; message: string; code: string }[] }).issues;
    const [huJson, enJson] = [json('hu'), json('en')];
    expect(huJson.map((i) => i.code)).toEqual(['zod.invalid_type', 'schema.idFormat', 'zod.unrecognized_keys', 'ref.unknownArea', 'ref.oneHistoricalOption', 'ref.unknownFlag']);
    expect(enJson.map((i) => [i.path, i.code])).toEqual(huJson.map((i) => [i.path, i.code]));
    expect(huJson[3]!.message).toBe('ismeretlen terület: „atlantis”');
    expect(enJson[3]!.message).toBe('unknown area "atlantis"');
  });

  it('batch names the metrics in its table by their labels, in the language chosen; --json keeps the ids', () => {
    const hu = cli('batch', '--scenario', 'nagy-cabinet', '--seeds', '12', '--workers', '1', '--lang', 'hu');
    expect(hu.code).toBe(0);
    expect(hu.out).toMatch(/^mutató +min\. +p10 +medián +p90 +max\. +átlag$/m);
    expect(hu.out).toMatch(/^Magyar halottak +\d/m);
    expect(hu.out).not.toMatch(/hungarianDead|sovietDead|refugees/);
    expect(cli('batch', '--scenario', 'nagy-cabinet', '--seeds', '12', '--workers', '1').out).toMatch(/^Hungarian dead +\d/m);
    const json = JSON.parse(cli('batch', '--scenario', 'nagy-cabinet', '--seeds', '12', '--workers', '1', '--json', '--lang', 'hu').out) as { metrics: Record<string, unknown> };
    expect(Object.keys(json.metrics)).toContain('hungarianDead');
  });
});
