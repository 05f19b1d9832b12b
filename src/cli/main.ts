// The testers' and teachers' command line: `npm run cli -- <command>`. A thin shell:
// it reads files, parses options and prints; the engine does the rest.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { autoplay, stateHash } from '../engine';
import { encodeReplayCode, makeReplay, parseReplay, ReplayFormatError } from '../replay';
import { replayText, verifyHandIn } from '../classroom';
import type { Scenario } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { has, integer, one, parseArgs, UsageError } from './args';
import type { FlagSpec, Parsed } from './args';
import { defaultWorkers, runBatch } from './batch-run';
import { gameOutput, policyOf, setupFor } from './games';
import type { GameOutput } from './games';
import { log, printJson, progress, say, sayLines, table } from './output';
import { fsProblem, readTextBounded, ReadError } from './read-file';
import { DEFAULT_DIR, loadScenarioPaths } from './scenario-files';
import { localized } from './translations';
import { LANGUAGES, isLanguage } from '../i18n';
import { speakHistory } from '../history';
import { speakReports } from '../classroom';
import type { Language } from '../i18n';

/** A batch runs at most this many games: about a minute and a half on two cores. */
export const MAX_SEEDS = 100_000;
/** A replay file or end report is at most this many bytes (a whole game is some 20 KB). */
export const MAX_REPLAY_FILE = 4 * 1024 * 1024;
import { summarise } from './stats';
import { headers, share, speakCli, word } from './words';

const USAGE = `Nineteen Days — command line

  npm run cli -- scenarios [--json] [--lang en|hu]
  npm run cli -- validate [PATH...]
  npm run cli -- decisions --scenario ID [--json]
  npm run cli -- history --scenario ID [--json]
  npm run cli -- play --scenario ID --seed S [--role SIDE] [--policy P] [--others P]
                      [--choose DECISION=OPTION]... [--out FILE] [--code] [--json]
  npm run cli -- replay FILE|CODE|- [--json] [--lang en|hu]
                      (a replay file, a code, or an end report)
  npm run cli -- batch --scenario ID --seeds N [--from S] [--role SIDE] [--policy P]
                       [--others P] [--choose DECISION=OPTION]... [--workers K] [--json]

Policies: reactive (the default: each side decides as it would in the world it faces,
drawing from the chances its reasons give), historical (history's option of each
decision, whatever happened), adaptive (plays to the side's own aims), random (seeded).
--lang hu (on scenarios, decisions, history, play, replay and batch) gives the texts in Hungarian;
ids, figures and replays are the same in every language.
Without --role every side plays --policy; with --role SIDE that side plays --policy
and the others --others.

Limits: --seeds at most ${MAX_SEEDS.toLocaleString('en-GB')} games a batch; --workers at most the machine's cores
(${availableParallelism()} here; more are cut to that, with a line saying so); a replay file, end report
or scenario file at most 4 MB.`;

const JSON_FLAG: Record<string, FlagSpec> = { json: { value: false }, lang: { value: true } };

/** --lang: the language of the texts (tables and the JSON's text fields); ids and figures are the same in every language. */
function languageOf(p: Parsed): Language {
  const lang = one(p, 'lang') ?? 'en';
  if (!isLanguage(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}")`);
  // The sentences the command prints (the account of a game, the objectives) in that language too.
  speakHistory(lang);
  speakReports(lang);
  speakCli(lang);
  return lang;
}
const GAME_FLAGS: Record<string, FlagSpec> = {
  ...JSON_FLAG,
  scenario: { value: true },
  role: { value: true },
  policy: { value: true },
  others: { value: true },
  choose: { value: true, repeat: true },
};

/** A failure the user can act on: one line on stderr, exit code 1. */
class CliError extends Error {
  override name = 'CliError';
}

function scenarioById(parsed: Parsed): Scenario {
  const id = one(parsed, 'scenario');
  if (!id) throw new UsageError('--scenario ID is required (see: scenarios)');
  const { scenarios, issues } = loadScenarioPaths([DEFAULT_DIR]);
  const found = scenarios.get(id);
  if (!found) {
    const hint = issues.length ? ` (some scenarios failed to load; run: validate)` : '';
    throw new CliError(`no scenario "${id}"; known: ${[...scenarios.keys()].sort().join(', ')}${hint}`);
  }
  return localized(found, languageOf(parsed));
}

function cmdScenarios(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  const { scenarios, issues } = loadScenarioPaths([DEFAULT_DIR]);
  for (const i of issues) log(`warning: ${formatIssue(i)}`);
  const lang = languageOf(p);
  const list = [...scenarios.values()]
    .map((s) => localized(s, lang))
    .sort((a, b) => (a.kind === b.kind ? a.start.localeCompare(b.start) : a.kind === 'campaign' ? -1 : 1))
    .map((s) => ({ id: s.id, title: s.title, start: s.start, end: s.end, roles: s.roles.map((r) => r.side) }));
  if (has(p, 'json')) printJson(list);
  else sayLines(table(headers('id', 'title', 'start', 'end', 'roles'), list.map((s) => [s.id, s.title, s.start, s.end, s.roles.join(', ')])));
  return 0;
}

function cmdValidate(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  const paths = p.positional.length ? p.positional : [DEFAULT_DIR];
  const { scenarios, issues } = loadScenarioPaths(paths);
  const found = issues.length || scenarios.size ? issues : [{ file: paths.join(', '), path: '', message: 'no scenario found here' }];
  if (has(p, 'json')) printJson({ ok: found.length === 0, scenarios: [...scenarios.keys()].sort(), issues: found });
  else {
    // One line per problem; a count only where there are several.
    for (const i of found) log(formatIssue(i));
    if (!found.length) say(`ok: ${scenarios.size} scenario${scenarios.size === 1 ? '' : 's'} valid (${[...scenarios.keys()].sort().join(', ')})`);
    else if (found.length > 1) log(`${found.length} problems found`);
  }
  return found.length ? 1 : 0;
}

function cmdDecisions(args: string[]): number {
  const p = parseArgs(args, { ...JSON_FLAG, scenario: { value: true } });
  const s = scenarioById(p);
  const decisions = s.decisions.map((d) => ({ id: d.id, date: d.date, actor: d.actor, title: d.title, options: d.options.map((o) => ({ id: o.id, label: o.label, historical: o.historical })) }));
  if (has(p, 'json')) printJson({ decisions });
  else {
    sayLines(table(headers('date', 'actor', 'decision', 'options'), decisions.map((d) => [d.date, d.actor, d.id, d.options.map((o) => `${o.id}${o.historical ? '*' : ''}`).join(' ')])));
  }
  return 0;
}

function cmdHistory(args: string[]): number {
  const p = parseArgs(args, { ...JSON_FLAG, scenario: { value: true } });
  const s = scenarioById(p);
  const events = s.events.map((e) => ({ date: e.date, ...(e.time ? { time: e.time } : {}), title: e.title, text: e.text, places: e.places, people: e.people, source: e.source }));
  const series = Object.fromEntries(
    Object.entries(s.series).map(([m, points]) => [m, points.map((pt) => ({ date: pt.date, value: pt.value, ...(pt.low !== undefined ? { low: pt.low } : {}), ...(pt.high !== undefined ? { high: pt.high } : {}), estimate: pt.estimate }))]),
  );
  if (has(p, 'json')) printJson({ events, series });
  else {
    sayLines(table(headers('date', 'time', 'event'), events.map((e) => [e.date, e.time ?? '', e.title])));
    say();
    for (const [m, points] of Object.entries(series)) say(`${m}: ${points.map((pt) => `${pt.date.slice(5)} ${pt.value}${pt.estimate ? '~' : ''}`).join(', ')}`);
    say();
    say(word('history.estimate'));
  }
  return 0;
}

function printGame(out: GameOutput): void {
  say(word('game.heading', { scenario: out.scenario, seed: out.seed, policy: out.policy }));
  sayLines(table(
    headers('turn', 'date', 'hungarianDead', 'sovietDead', 'refugees', 'councils', 'prisoners', 'hash'),
    out.turns.map((t) => [t.turn, t.date, t.metrics.hungarianDead!, t.metrics.sovietDead!, t.metrics.refugees!, t.metrics.councils!, t.metrics.prisonersFreed!, t.hash]),
  ));
  const o = out.final.outcome;
  say();
  say(word('game.outcome', { date: out.final.date, reached: o ? 'yes' : 'no', label: o?.label ?? '', historical: o?.historical ? 'yes' : 'no' }));
  say(word('game.hash', { hash: out.final.hash }));
}

function cmdPlay(args: string[]): number {
  const p = parseArgs(args, { ...GAME_FLAGS, seed: { value: true }, out: { value: true }, code: { value: false } });
  const s = scenarioById(p);
  const seed = one(p, 'seed');
  if (!seed) throw new UsageError('--seed S is required (any text up to 64 characters)');
  if (seed.length > 64) throw new UsageError('--seed is at most 64 characters');
  const policy = policyOf(one(p, 'policy'), 'policy', 'reactive');
  const role = one(p, 'role');
  const { setup, playerPolicy } = setupFor(s, { seed, ...(role ? { role } : {}), policy, others: policyOf(one(p, 'others'), 'others', 'reactive'), choose: p.flags.choose ?? [] });
  const g = autoplay(s, setup, { playerPolicy, keepStates: true });
  const finalHash = stateHash(g.final);
  const out = gameOutput(s, policy, g.states.slice(1), g.hashes, g.final, finalHash);
  const file = one(p, 'out');
  if (file === '') throw new UsageError('--out needs a file name');
  if (file || has(p, 'code')) {
    const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
    if (file) {
      try {
        writeFileSync(file, JSON.stringify(replay, null, 1) + '\n');
      } catch (e) {
        throw new CliError(`cannot write the replay to ${file}: ${fsProblem(e)}`);
      }
      log(`replay written to ${file}`);
    }
    if (has(p, 'code')) log(`replay code: ${encodeReplayCode(replay)}`);
  }
  if (has(p, 'json')) printJson(out);
  else printGame(out);
  return 0;
}

function readReplayText(source: string): string {
  if (source.trim().startsWith('ND1.')) return source;
  try {
    return readTextBounded(source === '-' ? 0 : source, MAX_REPLAY_FILE, 'replay file');
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    const where = source === '-' ? 'standard input' : source;
    throw new CliError(e.message === 'no such file or folder' ? `no such replay file: ${where}` : `cannot read ${where}: ${e.message}`);
  }
}

function cmdReplay(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  if (p.positional.length !== 1) throw new UsageError('replay takes one FILE, a replay code, or - for standard input');
  const json = has(p, 'json');
  const lang = languageOf(p);
  const fail = (message: string, detail: Record<string, unknown> = {}): number => {
    if (json) printJson({ ok: false, error: { message, ...detail } });
    log(`replay: ${message}`);
    return 1;
  };
  let text: string;
  let replay;
  try {
    text = readReplayText(p.positional[0]!);
    // A student's end report carries its replay as a code: accept it as the browser does.
    replay = parseReplay(replayText(text));
  } catch (e) {
    if (e instanceof ReplayFormatError || e instanceof CliError) return fail(e.message, { problem: 'BAD_FILE' });
    throw e;
  }
  const { scenarios } = loadScenarioPaths([DEFAULT_DIR]);
  const installed = scenarios.get(replay.scenario.id);
  if (!installed) return fail(`the replay's scenario "${replay.scenario.id}" is not installed`, { problem: 'WRONG_SCENARIO' });
  // A report played in any language verifies in any other: only its words differ, and they are not compared.
  const scenario = localized(installed, lang);
  // The same verification as the class comparison's: a report's own fields must match its replay.
  const result = verifyHandIn(scenario, text);
  if (!result.ok) return fail(result.reason, { problem: result.problem, ...(result.turn ? { turn: result.turn } : {}) });
  const policies = [...new Set(Object.values(replay.roles))].join('+');
  const out = gameOutput(scenario, policies, result.turns, replay.turns, result.final, replay.final.hash);
  if (json) printJson(out);
  else {
    printGame(out);
    say(word('replay.verified', { turns: replay.turns.length }));
  }
  return 0;
}

async function cmdBatch(args: string[]): Promise<number> {
  const p = parseArgs(args, { ...GAME_FLAGS, seeds: { value: true }, from: { value: true }, workers: { value: true } });
  const s = scenarioById(p);
  if (!one(p, 'seeds')) throw new UsageError('--seeds N is required');
  const runs = integer(p, 'seeds', 0, 1, MAX_SEEDS);
  const from = integer(p, 'from', 1, -1e12, 1e12);
  // Threads beyond the cores only share them, and each holds its own copy of the engine.
  const cores = availableParallelism();
  const asked = integer(p, 'workers', defaultWorkers(), 1, 1024);
  const workers = Math.min(asked, cores);
  if (asked > workers) log(`batch: --workers ${asked} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}; using ${workers}`);
  const policy = policyOf(one(p, 'policy'), 'policy', 'reactive');
  const role = one(p, 'role');
  const { setup, playerPolicy } = setupFor(s, { seed: String(from), ...(role ? { role } : {}), policy, others: policyOf(one(p, 'others'), 'others', 'reactive'), choose: p.flags.choose ?? [] });
  const { seed: _seed, ...rest } = setup;
  const seeds = Array.from({ length: runs }, (_, i) => String(from + i));
  const bar = progress(`${runs} games`, runs);
  const started = performance.now();
  const results = await runBatch({ scenario: s, setup: rest, playerPolicy }, seeds, workers, (n) => bar.tick(n));
  const elapsed = performance.now() - started;
  bar.done();
  const out = { ...summarise(s, results), scenario: s.id, runs, policy, workers, msPerGame: Math.round((elapsed / runs) * 1000) / 1000 };
  if (has(p, 'json')) printJson(out);
  else {
    say(word('batch.heading', { scenario: s.id, runs, from: String(from), to: String(from + runs - 1), policy, workers, ms: out.msPerGame }));
    say();
    sayLines(table(headers('metric', 'min', 'p10', 'median', 'p90', 'max', 'mean'), Object.entries(out.metrics).map(([m, v]) => [m, v.min, v.p10, v.median, v.p90, v.max, v.mean])));
    say();
    sayLines(table(headers('outcome', 'games', 'share', 'history'), Object.values(out.outcomes).map((o) => [o.label, o.count, share(o.count / runs), o.historical ? word('batch.historical') : ''])));
  }
  return 0;
}

// A Map: a command name is user input ("constructor" is no command).
const COMMANDS = new Map<string, (args: string[]) => number | Promise<number>>([
  ['scenarios', cmdScenarios],
  ['validate', cmdValidate],
  ['decisions', cmdDecisions],
  ['history', cmdHistory],
  ['play', cmdPlay],
  ['replay', cmdReplay],
  ['batch', cmdBatch],
]);

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    sayLines(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS.get(command);
  if (!run) {
    log(`unknown command "${command}" (commands: ${[...COMMANDS.keys()].join(', ')}; run with --help for usage)`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      log(`${command}: ${e.message} (run with --help for usage)`);
      return 2;
    }
    if (e instanceof CliError || (e instanceof Error && e.name === 'SetupError')) {
      log(`${command}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** A fault of ours, not of the input: one line, and the stack only when asked for. */
function internalError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  log(`internal error: ${message.split('\n')[0]!} (a fault in Nineteen Days; set NINETEEN_DAYS_DEBUG=1 for the details)`);
  if (process.env.NINETEEN_DAYS_DEBUG) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
}

// Run when executed directly (not when imported by a test).
if (process.argv[1]) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`cannot write the output: ${fsProblem(e)}\n`);
    process.exit(1);
  });
}
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      internalError(e);
      process.exitCode = 3;
    },
  );
}
