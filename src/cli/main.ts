// The testers' and teachers' command line: `npm run cli -- <command>`. A thin shell:
// it reads files, parses options and prints; the engine does the rest.
import { readFileSync, writeFileSync } from 'node:fs';
import { autoplay, stateHash } from '../engine';
import type { GameState } from '../engine';
import { encodeReplayCode, makeReplay, parseReplay, playReplay, ReplayFormatError } from '../replay';
import { replayText } from '../classroom';
import type { Scenario } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { has, integer, one, parseArgs, UsageError } from './args';
import type { FlagSpec, Parsed } from './args';
import { defaultWorkers, runBatch } from './batch-run';
import { gameOutput, policyOf, setupFor } from './games';
import type { GameOutput } from './games';
import { log, printJson, progress, table } from './output';
import { DEFAULT_DIR, loadScenarioPaths } from './scenario-files';
import { summarise } from './stats';

const USAGE = `Nineteen Days — command line

  npm run cli -- scenarios [--json]
  npm run cli -- validate [PATH...]
  npm run cli -- decisions --scenario ID [--json]
  npm run cli -- history --scenario ID [--json]
  npm run cli -- play --scenario ID --seed S [--role SIDE] [--policy P] [--others P]
                      [--choose DECISION=OPTION]... [--out FILE] [--code] [--json]
  npm run cli -- replay FILE|CODE|- [--json]     (a replay file, a code, or an end report)
  npm run cli -- batch --scenario ID --seeds N [--from S] [--role SIDE] [--policy P]
                       [--others P] [--choose DECISION=OPTION]... [--workers K] [--json]

Policies: reactive (the default: each side decides as it would in the world it faces,
drawing from the chances its reasons give), historical (history's option of each
decision, whatever happened), adaptive (plays to the side's own aims), random (seeded).
Without --role every side plays --policy; with --role SIDE that side plays --policy
and the others --others.`;

const JSON_FLAG: Record<string, FlagSpec> = { json: { value: false } };
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
  return found;
}

function cmdScenarios(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  const { scenarios, issues } = loadScenarioPaths([DEFAULT_DIR]);
  for (const i of issues) log(`warning: ${formatIssue(i)}`);
  const list = [...scenarios.values()]
    .sort((a, b) => (a.kind === b.kind ? a.start.localeCompare(b.start) : a.kind === 'campaign' ? -1 : 1))
    .map((s) => ({ id: s.id, title: s.title, start: s.start, end: s.end, roles: s.roles.map((r) => r.side) }));
  if (has(p, 'json')) printJson(list);
  else console.log(table(['id', 'title', 'start', 'end', 'roles'], list.map((s) => [s.id, s.title, s.start, s.end, s.roles.join(', ')])));
  return 0;
}

function cmdValidate(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  const paths = p.positional.length ? p.positional : [DEFAULT_DIR];
  const { scenarios, issues } = loadScenarioPaths(paths);
  if (has(p, 'json')) printJson({ ok: issues.length === 0, scenarios: [...scenarios.keys()].sort(), issues });
  else {
    for (const i of issues) console.error(formatIssue(i));
    if (!issues.length) console.log(`ok: ${scenarios.size} scenario${scenarios.size === 1 ? '' : 's'} valid (${[...scenarios.keys()].sort().join(', ')})`);
    else console.error(`${issues.length} problem${issues.length === 1 ? '' : 's'} found`);
  }
  return issues.length || scenarios.size === 0 ? 1 : 0;
}

function cmdDecisions(args: string[]): number {
  const p = parseArgs(args, { ...JSON_FLAG, scenario: { value: true } });
  const s = scenarioById(p);
  const decisions = s.decisions.map((d) => ({ id: d.id, date: d.date, actor: d.actor, title: d.title, options: d.options.map((o) => ({ id: o.id, label: o.label, historical: o.historical })) }));
  if (has(p, 'json')) printJson({ decisions });
  else {
    console.log(table(['date', 'actor', 'decision', 'options (* = history)'], decisions.map((d) => [d.date, d.actor, d.id, d.options.map((o) => `${o.id}${o.historical ? '*' : ''}`).join(' ')])));
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
    console.log(table(['date', 'time', 'event'], events.map((e) => [e.date, e.time ?? '', e.title])));
    console.log('');
    for (const [m, points] of Object.entries(series)) console.log(`${m}: ${points.map((pt) => `${pt.date.slice(5)} ${pt.value}${pt.estimate ? '~' : ''}`).join(', ')}`);
    console.log('\n(~ marks an estimate)');
  }
  return 0;
}

function printGame(out: GameOutput): void {
  console.log(`${out.scenario}, seed ${out.seed}, policy ${out.policy}`);
  console.log(table(
    ['turn', 'date', 'Hungarian dead', 'Soviet dead', 'refugees', 'councils', 'prisoners', 'hash'],
    out.turns.map((t) => [t.turn, t.date, t.metrics.hungarianDead!, t.metrics.sovietDead!, t.metrics.refugees!, t.metrics.councils!, t.metrics.prisonersFreed!, t.hash]),
  ));
  const o = out.final.outcome;
  console.log(`\nOutcome on ${out.final.date}: ${o ? `${o.label}${o.historical ? ' (as in history)' : ''}` : 'not reached'}`);
  console.log(`Final state hash: ${out.final.hash}`);
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
  if (file || has(p, 'code')) {
    const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
    if (file) {
      writeFileSync(file, JSON.stringify(replay, null, 1) + '\n');
      log(`replay written to ${file}`);
    }
    if (has(p, 'code')) log(`replay code: ${encodeReplayCode(replay)}`);
  }
  if (has(p, 'json')) printJson(out);
  else printGame(out);
  return 0;
}

function readReplayText(source: string): string {
  if (source === '-') return readFileSync(0, 'utf8');
  if (source.trim().startsWith('ND1.')) return source;
  try {
    return readFileSync(source, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such replay file: ${source}` : `cannot read ${source}: ${(e as Error).message}`);
  }
}

function cmdReplay(args: string[]): number {
  const p = parseArgs(args, JSON_FLAG);
  if (p.positional.length !== 1) throw new UsageError('replay takes one FILE, a replay code, or - for standard input');
  const json = has(p, 'json');
  const fail = (message: string, detail: Record<string, unknown> = {}): number => {
    if (json) printJson({ ok: false, error: { message, ...detail } });
    console.error(`replay: ${message}`);
    return 1;
  };
  let replay;
  try {
    // A student's end report carries its replay as a code: accept it as the browser does.
    replay = parseReplay(replayText(readReplayText(p.positional[0]!)));
  } catch (e) {
    if (e instanceof ReplayFormatError || e instanceof CliError) return fail(e.message, { problem: 'BAD_FILE' });
    throw e;
  }
  const { scenarios } = loadScenarioPaths([DEFAULT_DIR]);
  const scenario = scenarios.get(replay.scenario.id);
  if (!scenario) return fail(`the replay's scenario "${replay.scenario.id}" is not installed`, { problem: 'WRONG_SCENARIO' });
  const result = playReplay(scenario, replay);
  if (!result.ok) return fail(result.message, { problem: result.problem, ...(result.turn ? { turn: result.turn } : {}) });
  const turnStates: GameState[] = result.turnEnds.map((i) => result.states[i]!);
  const policies = [...new Set(Object.values(replay.roles))].join('+');
  const out = gameOutput(scenario, policies, turnStates, replay.turns, result.final, replay.final.hash);
  if (json) printJson(out);
  else {
    printGame(out);
    console.log(`Replay verified: ${replay.turns.length} turns, every hash matches.`);
  }
  return 0;
}

async function cmdBatch(args: string[]): Promise<number> {
  const p = parseArgs(args, { ...GAME_FLAGS, seeds: { value: true }, from: { value: true }, workers: { value: true } });
  const s = scenarioById(p);
  if (!one(p, 'seeds')) throw new UsageError('--seeds N is required');
  const runs = integer(p, 'seeds', 0, 1, 1_000_000);
  const from = integer(p, 'from', 1, -1e12, 1e12);
  const workers = integer(p, 'workers', defaultWorkers(), 1, 64);
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
    console.log(`${s.id}: ${runs} games (seeds ${from}–${from + runs - 1}), policy ${policy}, ${workers} worker${workers === 1 ? '' : 's'}, ${out.msPerGame} ms per game\n`);
    console.log(table(['metric', 'min', 'p10', 'median', 'p90', 'max', 'mean'], Object.entries(out.metrics).map(([m, v]) => [m, v.min, v.p10, v.median, v.p90, v.max, v.mean])));
    console.log('');
    console.log(table(['outcome', 'games', 'share', 'history'], Object.values(out.outcomes).map((o) => [o.label, o.count, `${((o.count / runs) * 100).toFixed(1)}%`, o.historical ? 'yes' : ''])));
  }
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  scenarios: cmdScenarios,
  validate: cmdValidate,
  decisions: cmdDecisions,
  history: cmdHistory,
  play: cmdPlay,
  replay: cmdReplay,
  batch: cmdBatch,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${command}: ${e.message}\n(run with --help for usage)`);
      return 2;
    }
    if (e instanceof CliError || (e instanceof Error && e.name === 'SetupError')) {
      console.error(`${command}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

// Run when executed directly (not when imported by a test).
if (process.argv[1]) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`internal error: ${(e as Error).stack ?? String(e)}`);
      process.exitCode = 3;
    },
  );
}
