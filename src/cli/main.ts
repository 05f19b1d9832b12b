// The testers' and teachers' command line: `npm run cli -- <command>`. A thin shell:
// it reads files, parses options and prints; the engine does the rest.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { autoplay, SetupError, stateHash } from '../engine';
import { encodeReplayCode, makeReplay, parseReplay, ReplayFormatError } from '../replay';
import { replayText, unreadableLine, verifyHandIn } from '../classroom';
import type { Scenario, ScenarioIssue } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { has, integer, one, parseArgs, UsageError } from './args';
import type { FlagSpec, Parsed } from './args';
import { defaultWorkers, runBatch } from './batch-run';
import { gameOutput, policyOf, setupFor, setupProblem } from './games';
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
import { figure, headers, policyName, problemWord, share, speakCli, word } from './words';

/** The usage text, in the language --lang chose. */
const usage = (): string => word('usage', { max: figure(MAX_SEEDS), cores: availableParallelism() });

const JSON_FLAG: Record<string, FlagSpec> = { json: { value: false }, lang: { value: true } };

/** --lang: the language of the texts (tables and the JSON's text fields); ids and figures are the same in every language. */
function languageOf(p: Parsed): Language {
  const lang = one(p, 'lang') ?? 'en';
  if (!isLanguage(lang)) throw new UsageError(word('arg.lang', { langs: LANGUAGES.join(', '), lang }));
  // The sentences the command prints (the account of a game, the objectives) in that language too.
  speakHistory(lang);
  speakReports(lang);
  speakCli(lang);
  return lang;
}
/**
 * --lang read before the arguments are parsed, so that a usage error in them is said in that
 * language too; a --lang that is no language is left for `languageOf` to refuse.
 */
function presetLanguage(argv: string[]): void {
  const at = argv.indexOf('--lang');
  const lang = at >= 0 ? argv[at + 1] : argv.find((x) => x.startsWith('--lang='))?.slice('--lang='.length);
  if (isLanguage(lang)) {
    speakHistory(lang);
    speakReports(lang);
    speakCli(lang);
  }
}

/** What is wrong, in the language chosen: from the issue's code where it has one (the path stays as it is). */
const issueMessage = (i: ScenarioIssue): string => (i.code ? problemWord(i.message, i.code, i.values) : i.message);
/** A scenario issue as one line: "FILE: PATH: PROBLEM", the top level and the problem in the language chosen. */
const issueLine = (i: ScenarioIssue): string => formatIssue({ ...i, path: i.path || word('issue.topLevel'), message: issueMessage(i) });

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
  if (!id) throw new UsageError(word('arg.scenario'));
  const { scenarios, issues } = loadScenarioPaths([DEFAULT_DIR]);
  const found = scenarios.get(id);
  if (!found) {
    throw new CliError(word('err.noScenario', { id, known: [...scenarios.keys()].sort().join(', '), broken: issues.length ? 'yes' : 'no' }));
  }
  return localized(found, languageOf(parsed));
}

/** A side by its name in the scenario's language (its id when the scenario has no such side). */
const sideName = (s: Scenario, id: string): string => s.sides.find((x) => x.id === id)?.name ?? id;
/** A time of day ("afternoon") in the language chosen; a clock time ("14:00") as it is. */
const timeOfDay = (time: string): string => (/^\d/.test(time) ? time : word(`history.time.${time}`, { defaultValue: time }));
/** A metric by its label in the scenario's language (its id when the scenario has no such metric). */
const metricName = (s: Scenario, id: string): string => s.metrics.find((m) => m.id === id)?.label ?? id;

function cmdScenarios(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  const { scenarios, issues } = loadScenarioPaths([DEFAULT_DIR]);
  const lang = languageOf(p);
  for (const i of issues) log(word('log.warning', { issue: issueLine(i) }));
  const list = [...scenarios.values()]
    .map((s) => localized(s, lang))
    .sort((a, b) => (a.kind === b.kind ? a.start.localeCompare(b.start) : a.kind === 'campaign' ? -1 : 1))
    .map((s) => ({ id: s.id, title: s.title, start: s.start, end: s.end, roles: s.roles.map((r) => r.side), names: s.roles.map((r) => sideName(s, r.side)) }));
  // The table names the roles by their sides' names in the language chosen; the JSON keeps the ids.
  if (has(p, 'json')) printJson(list.map(({ names: _names, ...s }) => s));
  else sayLines(table(headers('id', 'title', 'start', 'end', 'roles'), list.map((s) => [s.id, s.title, s.start, s.end, s.names.join(', ')])));
  return 0;
}

function cmdValidate(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  languageOf(p);
  const paths = p.positional.length ? p.positional : [DEFAULT_DIR];
  const { scenarios, issues } = loadScenarioPaths(paths);
  const found: ScenarioIssue[] = issues.length || scenarios.size ? issues : [{ file: paths.join(', '), path: '', message: word('validate.nothing') }];
  // The JSON's message is in the language chosen too; its code (when it has one) is the same in every language.
  const json = found.map((i) => ({ file: i.file, path: i.path, message: issueMessage(i), ...(i.code ? { code: i.code } : {}) }));
  if (has(p, 'json')) printJson({ ok: found.length === 0, scenarios: [...scenarios.keys()].sort(), issues: json });
  else {
    // One line per problem; a count only where there are several.
    for (const i of found) log(issueLine(i));
    if (!found.length) say(word('validate.ok', { count: scenarios.size, ids: [...scenarios.keys()].sort().join(', ') }));
    else if (found.length > 1) log(word('validate.problems', { count: found.length }));
  }
  return found.length ? 1 : 0;
}

function cmdDecisions(args: string[]): number {
  const p = parseArgs(args, { ...JSON_FLAG, scenario: { value: true } });
  const s = scenarioById(p);
  // In date order (a stable sort: the scenario's order within a day).
  const decisions = [...s.decisions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ id: d.id, date: d.date, actor: d.actor, title: d.title, options: d.options.map((o) => ({ id: o.id, label: o.label, historical: o.historical })) }));
  if (has(p, 'json')) printJson({ decisions });
  else {
    // The ids to type (--choose DECISION=OPTION) beside the decision's title and its taker's name in the language chosen.
    sayLines(table(headers('date', 'actor', 'decision', 'decisionTitle', 'options'), decisions.map((d) => [d.date, sideName(s, d.actor), d.id, d.title, d.options.map((o) => `${o.id}${o.historical ? '*' : ''}`).join(' ')])));
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
    sayLines(table(headers('date', 'time', 'event'), events.map((e) => [e.date, e.time ? timeOfDay(e.time) : '', e.title])));
    say();
    for (const [m, points] of Object.entries(series)) say(`${metricName(s, m)}: ${points.map((pt) => `${pt.date.slice(5)} ${figure(pt.value)}${pt.estimate ? '~' : ''}`).join(', ')}`);
    say();
    say(word('history.estimate'));
  }
  return 0;
}

function printGame(out: GameOutput): void {
  say(word('game.heading', { scenario: out.scenario, seed: out.seed, policy: policyName(out.policy) }));
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
  if (!seed) throw new UsageError(word('arg.seed'));
  if (seed.length > 64) throw new UsageError(word('arg.seedLong'));
  const policy = policyOf(one(p, 'policy'), 'policy', 'reactive');
  const role = one(p, 'role');
  const { setup, playerPolicy } = setupFor(s, { seed, ...(role ? { role } : {}), policy, others: policyOf(one(p, 'others'), 'others', 'reactive'), choose: p.flags.choose ?? [] });
  const g = autoplay(s, setup, { playerPolicy, keepStates: true });
  const finalHash = stateHash(g.final);
  const out = gameOutput(s, policy, g.states.slice(1), g.hashes, g.final, finalHash);
  const file = one(p, 'out');
  if (file === '') throw new UsageError(word('arg.out'));
  if (file || has(p, 'code')) {
    const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
    if (file) {
      try {
        writeFileSync(file, JSON.stringify(replay, null, 1) + '\n');
      } catch (e) {
        throw new CliError(word('err.cannotWriteReplay', { file, problem: fsProblem(e) }));
      }
      log(word('log.replayWritten', { file }));
    }
    if (has(p, 'code')) log(word('log.replayCode', { code: encodeReplayCode(replay) }));
  }
  if (has(p, 'json')) printJson(out);
  else printGame(out);
  return 0;
}

function readReplayText(source: string): string {
  if (source.trim().startsWith('ND1.')) return source;
  try {
    return readTextBounded(source === '-' ? 0 : source, MAX_REPLAY_FILE, 'replay');
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    const where = source === '-' ? word('err.stdin') : source;
    throw new CliError(e.fsCode === 'ENOENT' ? word('err.noReplayFile', { where }) : word('err.cannotRead', { where, problem: e.message }));
  }
}

function cmdReplay(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  if (p.positional.length !== 1) throw new UsageError(word('arg.replay'));
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
    // The reader's problem from its code in the language chosen; English keeps the reader's detailed line.
    if (e instanceof ReplayFormatError) return fail(unreadableLine(e), { problem: 'BAD_FILE' });
    if (e instanceof CliError) return fail(e.message, { problem: 'BAD_FILE' });
    throw e;
  }
  const { scenarios } = loadScenarioPaths([DEFAULT_DIR]);
  const installed = scenarios.get(replay.scenario.id);
  if (!installed) return fail(word('err.notInstalled', { id: replay.scenario.id }), { problem: 'WRONG_SCENARIO' });
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
  if (!one(p, 'seeds')) throw new UsageError(word('arg.seeds'));
  const runs = integer(p, 'seeds', 0, 1, MAX_SEEDS);
  const from = integer(p, 'from', 1, -1e12, 1e12);
  // Threads beyond the cores only share them, and each holds its own copy of the engine.
  const cores = availableParallelism();
  const asked = integer(p, 'workers', defaultWorkers(), 1, 1024);
  const workers = Math.min(asked, cores);
  if (asked > workers) log(word('log.workers', { asked, cores, workers }));
  const policy = policyOf(one(p, 'policy'), 'policy', 'reactive');
  const role = one(p, 'role');
  const { setup, playerPolicy } = setupFor(s, { seed: String(from), ...(role ? { role } : {}), policy, others: policyOf(one(p, 'others'), 'others', 'reactive'), choose: p.flags.choose ?? [] });
  const { seed: _seed, ...rest } = setup;
  const seeds = Array.from({ length: runs }, (_, i) => String(from + i));
  const bar = progress(word('log.games', { runs }), runs);
  const started = performance.now();
  const results = await runBatch({ scenario: s, setup: rest, playerPolicy }, seeds, workers, (n) => bar.tick(n));
  const elapsed = performance.now() - started;
  bar.done();
  const out = { ...summarise(s, results), scenario: s.id, runs, policy, workers, msPerGame: Math.round((elapsed / runs) * 1000) / 1000 };
  // The table names each metric by its label in the language chosen; the JSON keeps the ids.
  if (has(p, 'json')) printJson(out);
  else {
    say(word('batch.heading', { scenario: s.id, runs, from: String(from), to: String(from + runs - 1), policy: policyName(policy), workers, ms: out.msPerGame }));
    say();
    sayLines(table(headers('metric', 'min', 'p10', 'median', 'p90', 'max', 'mean'), Object.entries(out.metrics).map(([m, v]) => [metricName(s, m), v.min, v.p10, v.median, v.p90, v.max, v.mean])));
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
  presetLanguage(rest);
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    sayLines(usage());
    return command ? 0 : 2;
  }
  const run = COMMANDS.get(command);
  if (!run) {
    log(word('usage.unknownCommand', { command, commands: [...COMMANDS.keys()].join(', ') }));
    return 2;
  }
  // --help on any command: the usage, whatever else is given (before "--", which ends the options).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    sayLines(usage());
    return 0;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      log(word('usage.hint', { command, message: e.message }));
      return 2;
    }
    if (e instanceof SetupError) {
      log(`${command}: ${setupProblem(e)}`);
      return 1;
    }
    if (e instanceof CliError) {
      log(`${command}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** A fault of ours, not of the input: one line, and the stack only when asked for. */
function internalError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  log(word('internal', { message: message.split('\n')[0]! }));
  if (process.env.NINETEEN_DAYS_DEBUG) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
}

// Run when executed directly (not when imported by a test).
if (process.argv[1]) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`${word('cannotWriteOutput', { problem: fsProblem(e) })}\n`);
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
