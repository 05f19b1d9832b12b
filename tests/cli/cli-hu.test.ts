// The command line in Hungarian, as a Hungarian play-tester meets it: the problems of a replay
// or a file said from their codes, the record's times and series, the decisions in date order
// with their titles, the sides and policies by name, and --help on every command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'nd-cli-hu-'));

describe('the command line with --lang hu', () => {
  it('replay says a replay that cannot be read, or read but not played, in Hungarian from its code; English keeps the reader’s line', () => {
    const notJson = join(dir, 'rossz.json');
    writeFileSync(notJson, '{"format": "nineteen-days-replay",');
    const game = join(dir, 'jatszma.json');
    expect(cli('play', '--scenario', 'radio-night', '--seed', '7', '--out', game).code).toBe(0);
    const altered = join(dir, 'atirt.json');
    writeFileSync(altered, readFileSync(game, 'utf8').replace('"seed": "7"', '"seed": "8"'));
    const cases: [string, RegExp, RegExp][] = [
      [notJson, /^replay: a visszajátszás nem érvényes JSON \(csonka vagy sérült\?\)$/, /^replay: the replay is not valid JSON/],
      ['ND1.xyz', /^replay: a visszajátszáskód sérült vagy csonka$/, /^replay: the replay code is damaged or cut short$/],
      [altered, /^replay: a visszajátszást a mentése óta megváltoztatták \(az ellenőrzőösszeg nem egyezik\)$/, /^replay: the replay has been altered since it was saved/],
    ];
    for (const [source, hu, en] of cases) {
      const r = cli('replay', source, '--lang', 'hu');
      expect(r.code, source).toBe(1);
      expect(r.err.trim(), source).toMatch(hu);
      expect(cli('replay', source).err.trim(), source).toMatch(en);
      // The JSON: the message in Hungarian, the problem's code as it was.
      const json = JSON.parse(cli('replay', source, '--json', '--lang', 'hu').out) as { ok: boolean; error: { message: string; problem: string } };
      expect(json.ok).toBe(false);
      expect(`replay: ${json.error.message}`).toMatch(hu);
    }
  });

  it('validate says a file that is not JSON without the parser’s English: where it went wrong, when it knows', () => {
    const broken = join(dir, 'hibas.json');
    writeFileSync(broken, '{\n  "id": "x"\n  "title": "y"\n}\n');
    const cut = join(dir, 'csonka.json');
    writeFileSync(cut, '{"id": ');
    const hu = cli('validate', broken, cut, '--lang', 'hu');
    expect(hu.code).toBe(1);
    expect(hu.err).toContain(`${broken}: (legfelső szint): nem érvényes JSON (3. sor, 3. oszlop)\n`);
    expect(hu.err).toMatch(new RegExp(`^${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(legfelső szint\\): nem érvényes JSON( \\(1\\. sor, 8\\. oszlop\\))?$`, 'm'));
    expect(hu.err).not.toMatch(/Expected|Unexpected|position|JSON input/);
    // English keeps the parser's own line.
    expect(cli('validate', broken).err).toMatch(/hibas\.json: \(top level\): not valid JSON: Expected ',' or '}'/);
  });

  it('history gives the times of day and names the series in the language chosen; --json keeps the data', () => {
    const hu = cli('history', '--scenario', 'campaign', '--lang', 'hu');
    expect(hu.code).toBe(0);
    expect(hu.out).toMatch(/^1956-10-23 +délután +Mintegy 20\s000 ember/m);
    expect(hu.out).toMatch(/^1956-10-24 +éjjel +Megkezdődik a Rádió ostroma$/m);
    expect(hu.out).toMatch(/^1956-11-04 +este +Kádár fegyverbe szólítja/m);
    expect(hu.out).toMatch(/^1956-10-23 +14:00 +/m);
    expect(hu.out).not.toMatch(/afternoon|evening|night/);
    expect(hu.out).toMatch(/^Magyar halottak: 10-23 10~, /m);
    expect(hu.out).toMatch(/^Szovjet katonák Magyarországon: 10-23 9\u00a0280~/m);
    expect(hu.out).not.toMatch(/^(hungarianDead|sovietTroops|refugees):/m);
    const en = cli('history', '--scenario', 'campaign').out;
    expect(en).toMatch(/^1956-10-23 +afternoon +Some 20,000/m);
    expect(en).toMatch(/^Hungarian dead: 10-23 10~, /m);
    const json = JSON.parse(cli('history', '--scenario', 'campaign', '--json', '--lang', 'hu').out) as { events: { time?: string }[]; series: Record<string, unknown> };
    expect(json.events.map((e) => e.time)).toContain('afternoon');
    expect(Object.keys(json.series)).toContain('hungarianDead');
  });

  it('decisions come in date order with their titles and their takers’ names; sides and policies are named in the language; ids stay', () => {
    const dates = (out: string): string[] => out.split('\n').slice(2).filter(Boolean).map((l) => l.slice(0, 10));
    const hu = cli('decisions', '--scenario', 'campaign', '--lang', 'hu');
    expect(hu.code).toBe(0);
    expect(hu.out.split('\n')[0]).toMatch(/^dátum +döntéshozó +döntés +cím +lehetőségek \(\* = a történelemben\)$/);
    expect(hu.out).toMatch(/^1956-10-23 +A forradalmárok +students-march +A diákok tüntetése +march\* delegation postpone$/m);
    expect(hu.out).not.toMatch(/^\S+ +(revolutionaries|government|soviet) /m);
    const en = cli('decisions', '--scenario', 'campaign').out;
    for (const out of [hu.out, en]) {
      expect(dates(out).length).toBeGreaterThan(90);
      expect(dates(out)).toEqual([...dates(out)].sort());
    }
    expect(en).toMatch(/^1956-10-23 +The revolutionaries +students-march +\S/m);
    const json = JSON.parse(cli('decisions', '--scenario', 'campaign', '--json', '--lang', 'hu').out) as { decisions: { id: string; date: string; actor: string }[] };
    expect(json.decisions.map((d) => d.date)).toEqual(json.decisions.map((d) => d.date).sort());
    expect(json.decisions[0]).toMatchObject({ id: 'students-march', actor: 'revolutionaries' });
    // The scenarios' roles by their sides' names; the JSON keeps the ids.
    expect(cli('scenarios', '--lang', 'hu').out).toMatch(/^radio-night +.+ +A forradalmárok, A magyar kormány, /m);
    expect((JSON.parse(cli('scenarios', '--json', '--lang', 'hu').out) as { id: string; roles: string[] }[]).find((s) => s.id === 'radio-night')!.roles[0]).toBe('revolutionaries');
    // The policy by its name: a game, a replay of a game with a player, a batch.
    const file = join(dir, 'szerep.json');
    const play = cli('play', '--scenario', 'radio-night', '--seed', 'nev', '--role', 'avh', '--policy', 'historical', '--out', file, '--lang', 'hu');
    expect(play.out).toMatch(/^radio-night, kezdőérték \(seed\) nev, döntési mód \(policy\) történelmi$/m);
    expect(cli('replay', file, '--lang', 'hu').out).toMatch(/^radio-night, kezdőérték \(seed\) nev, döntési mód \(policy\) (reagáló\+játékos|játékos\+reagáló)$/m);
    expect(cli('batch', '--scenario', 'radio-night', '--seeds', '2', '--workers', '1', '--policy', 'adaptive', '--lang', 'hu').out).toMatch(/döntési mód \(policy\) alkalmazkodó, /);
    expect(JSON.parse(cli('play', '--scenario', 'radio-night', '--seed', 'nev', '--json', '--lang', 'hu').out)).toMatchObject({ policy: 'reactive' });
  });

  it('every command takes --help: the usage, exit 0; every command’s usage names --lang, in both languages', () => {
    const commands = ['scenarios', 'validate', 'decisions', 'history', 'play', 'replay', 'batch'];
    const offersLang = (usage: string, command: string): string => {
      // The command's usage, up to the next command's line.
      const at = usage.indexOf(`npm run cli -- ${command} `);
      expect(at, command).toBeGreaterThan(0);
      const next = usage.indexOf('npm run cli -- ', at + 1);
      return usage.slice(at, next > 0 ? next : usage.indexOf('\n\n', at));
    };
    for (const command of commands) {
      const r = cli(command, '--help', '--lang', 'hu');
      expect(r.code, `${command} --help --lang hu: ${r.err}`).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^Tizenkilenc nap — parancssor$/m);
      expect(offersLang(r.out, command), command).toContain('[--lang en|hu]');
    }
    const en = cli('decisions', '--help');
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Nineteen Days — command line$/m);
    for (const command of commands) expect(offersLang(en.out, command), command).toContain('[--lang en|hu]');
    // --help wins over anything else given; -h too.
    expect(cli('play', '--scenario', 'campaign', '-h', '--lang', 'hu').code).toBe(0);
    expect(cli('batch', '--seeds', 'abc', '--help').code).toBe(0);
  });
});
