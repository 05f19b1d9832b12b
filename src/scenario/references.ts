// Integrity checks the schema alone cannot make: every id referenced exists, every
// date lies in range, each decision has exactly one historical option.
import type { Scenario, ScenarioIssue } from './scenario';
import type { Condition, Effect, ScenarioFile, When } from './schema';
import { NATIONAL_KEYS, POSTURES } from './schema';
import { problem } from './problems';
import type { ProblemCode, ProblemValues } from './problems';
import { FIRST_DATE, LAST_DATE, addDays, daysBetween, isValidDate } from '../lib/dates';

/** A scenario is at most a year of turns (one a day). */
export const MAX_DAYS = 366;

type Resolved = Omit<Scenario, 'contentHash'>;

export function checkReferences(s: Resolved, file: ScenarioFile, owner: (key: string) => string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const err = (key: string, path: string, code: ProblemCode, values?: ProblemValues): void => {
    issues.push({ file: owner(key), path, ...problem(code, values) });
  };

  const ids = (list: { id: string }[], key: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) err(key, `${key}[${i}].id`, 'ref.duplicateId', { id: item.id });
      seen.add(item.id);
    });
    return seen;
  };
  const sides = ids(s.sides, 'sides');
  const areas = ids(s.areas, 'areas');
  const people = ids(s.people, 'people');
  const metrics = ids(s.metrics, 'metrics');
  const decisions = ids(s.decisions, 'decisions');
  const flags = ids(s.flags, 'flags');
  ids(s.events, 'events');
  ids(s.outcomes, 'outcomes');
  ids(s.developments, 'developments');
  ids(s.orders, 'orders');
  ids(s.glossary, 'glossary');
  // A condition may name a decision of the lead-in an exercise inherits from its base.
  const orderById = new Map(s.orders.map((o) => [o.id, o]));
  const optionsOf = new Map([...(s.leadIn?.decisions ?? []), ...s.decisions].map((d) => [d.id, new Set(d.options.map((o) => o.id))]));

  // The schema let only calendar dates through; the checks below may count with them.
  for (const [key, date] of [['start', s.start], ['end', s.end]] as const) {
    if (!isValidDate(date)) err(key, key, 'ref.notCalendarDate', { date });
  }
  if (issues.length) return issues;
  if (s.end < s.start) err('end', 'end', 'ref.endBeforeStart', { end: s.end, start: s.start });
  else if (daysBetween(s.start, s.end) >= MAX_DAYS) err('end', 'end', 'ref.tooLong', { max: MAX_DAYS, days: daysBetween(s.start, s.end) + 1 });
  const inRange = (d: string): boolean => d >= s.start && d <= s.end;
  // The record reaches a day either side of the scenario, within the calendar the engine counts.
  const recordStart = s.start > FIRST_DATE ? addDays(s.start, -1) : FIRST_DATE;
  const recordEnd = s.end < LAST_DATE ? addDays(s.end, 1) : LAST_DATE;
  // Data an exercise inherits from its base was checked there, against the base's days.
  const own = (key: keyof ScenarioFile): boolean => file[key] !== undefined;
  const inRecordOf = (key: keyof ScenarioFile) => (d: string): boolean => !own(key) || (d >= recordStart && d <= recordEnd);

  const side = (key: string, path: string, id: string): void => {
    if (!sides.has(id)) err(key, path, 'ref.unknownSide', { id });
  };
  const area = (key: string, path: string, id: string): void => {
    if (!areas.has(id)) err(key, path, 'ref.unknownArea', { id });
  };

  const condition = (key: string, path: string, c: Condition): void => {
    switch (c.type) {
      case 'flag':
        if (!flags.has(c.flag)) err(key, `${path}.flag`, 'ref.unknownFlag', { id: c.flag });
        break;
      case 'posture':
        for (const v of c.in) if (!(POSTURES[c.side] as readonly string[]).includes(v)) err(key, `${path}.in`, 'ref.notPosture', { value: v, side: c.side });
        break;
      case 'chosen':
        if (!optionsOf.has(c.decision)) err(key, `${path}.decision`, 'ref.unknownDecision', { id: c.decision });
        else if (c.option && !optionsOf.get(c.decision)!.has(c.option)) err(key, `${path}.option`, 'ref.noOption', { decision: c.decision, option: c.option });
        break;
      case 'control':
        area(key, `${path}.area`, c.area);
        c.sides.forEach((sd, i) => side(key, `${path}.sides[${i}]`, sd));
        break;
      case 'share':
        c.sides.forEach((sd, i) => side(key, `${path}.sides[${i}]`, sd));
        break;
      case 'metric':
        if (!metrics.has(c.metric)) err(key, `${path}.metric`, 'ref.unknownMetric', { id: c.metric });
        break;
      default:
        break;
    }
  };
  const when = (key: string, path: string, w: When | undefined): void => {
    (w ?? []).forEach((c, i) => {
      if (c.type === 'any') c.of.forEach((inner, j) => condition(key, `${path}[${i}].of[${j}]`, inner));
      else condition(key, `${path}[${i}]`, c);
    });
  };
  const effect = (key: string, path: string, e: Effect): void => {
    when(key, `${path}.when`, e.when);
    switch (e.type) {
      case 'national':
        if ((e.add === undefined) === (e.set === undefined)) err(key, path, 'ref.exactlyOne', { a: 'add', b: 'set' });
        break;
      case 'flag':
        if (!flags.has(e.flag)) err(key, `${path}.flag`, 'ref.unknownFlag', { id: e.flag });
        break;
      case 'posture':
        if (!(POSTURES[e.side] as readonly string[]).includes(e.value)) err(key, `${path}.value`, 'ref.notPosture', { value: e.value, side: e.side });
        break;
      case 'area':
        if (e.area) area(key, `${path}.area`, e.area);
        if (!e.area && !e.character && !e.region) err(key, path, 'ref.areaTarget');
        break;
      case 'forces':
        area(key, `${path}.area`, e.area);
        side(key, `${path}.side`, e.side);
        if ((e.add === undefined) === (e.scale === undefined)) err(key, path, 'ref.exactlyOne', { a: 'add', b: 'scale' });
        break;
      case 'control':
        area(key, `${path}.area`, e.area);
        side(key, `${path}.side`, e.side);
        break;
      case 'clash':
        area(key, `${path}.area`, e.area);
        if (!e.source && !e.estimate) err(key, path, 'ref.clashSource');
        break;
      case 'metric':
        if (!metrics.has(e.metric)) err(key, `${path}.metric`, 'ref.unknownMetric', { id: e.metric });
        break;
      case 'order': {
        side(key, `${path}.side`, e.side);
        e.areas.forEach((a, k) => area(key, `${path}.areas[${k}]`, a));
        const o = e.order === null ? undefined : orderById.get(e.order);
        if (e.order !== null && !o) err(key, `${path}.order`, 'ref.unknownOrder', { id: e.order });
        else if (o && o.side !== e.side) err(key, `${path}.order`, 'ref.orderSide', { order: e.order ?? '', owner: o.side, side: e.side });
        break;
      }
      default:
        break;
    }
  };

  // Sides and people.
  s.sides.forEach((sd, i) => {
    sd.leaders.forEach((p, j) => {
      if (!people.has(p)) err('sides', `sides[${i}].leaders[${j}]`, 'ref.unknownPerson', { id: p });
    });
    if (sd.activeFrom && !isValidDate(sd.activeFrom)) err('sides', `sides[${i}].activeFrom`, 'ref.notADate');
  });
  s.sides.forEach((sd, i) => {
    sd.aims.forEach((a, j) => {
      if (a.flag && !flags.has(a.flag)) err('sides', `sides[${i}].aims[${j}].flag`, 'ref.unknownFlag', { id: a.flag });
    });
  });
  s.people.forEach((p, i) => {
    if (p.side) side('people', `people[${i}].side`, p.side);
  });
  for (const key of Object.keys(POSTURES) as (keyof typeof POSTURES)[]) {
    const v = s.postures[key];
    if (v === undefined) err('postures', `postures.${key}`, 'ref.required');
    else if (!(POSTURES[key] as readonly string[]).includes(v)) err('postures', `postures.${key}`, 'ref.notPosture', { value: v, side: key });
  }
  for (const k of NATIONAL_KEYS) if (s.national[k] === undefined) err('national', `national.${k}`, 'ref.required');

  // Areas: control, forces, neighbours (both ways), the historical record.
  const areaById = new Map(s.areas.map((a) => [a.id, a]));
  s.areas.forEach((a, i) => {
    side('areas', `areas[${i}].start.control`, a.start.control);
    for (const f of Object.keys(a.start.forces)) side('areas', `areas[${i}].start.forces.${f}`, f);
    a.neighbours.forEach((n, j) => {
      const other = areaById.get(n);
      if (!other) err('areas', `areas[${i}].neighbours[${j}]`, 'ref.unknownArea', { id: n });
      else if (!other.neighbours.includes(a.id)) err('areas', `areas[${i}].neighbours[${j}]`, 'ref.neighbourBack', { other: n, area: a.id });
      if (n === a.id) err('areas', `areas[${i}].neighbours[${j}]`, 'ref.ownNeighbour');
    });
    a.record.forEach((r, j) => {
      side('areas', `areas[${i}].record[${j}].side`, r.side);
      if (!inRecordOf('areas')(r.from)) err('areas', `areas[${i}].record[${j}].from`, 'ref.outsideRecord', { date: r.from, from: recordStart, to: recordEnd });
      if (!r.source && !r.estimate) err('areas', `areas[${i}].record[${j}]`, 'ref.needsSource');
    });
  });

  // Decisions: actor, dates, exactly one historical option, conditions and effects.
  s.decisions.forEach((d, i) => {
    const key = 'decisions';
    side(key, `decisions[${i}].actor`, d.actor);
    if (!isValidDate(d.date)) err(key, `decisions[${i}].date`, 'ref.notADate');
    // With the end before the start there is no range to lie in: that one problem is said, once.
    else if (s.end >= s.start && !inRange(d.date)) err(key, `decisions[${i}].date`, 'ref.outsideScenario', { date: d.date, from: s.start, to: s.end });
    const historical = d.options.filter((o) => o.historical).length;
    if (historical !== 1) err(key, `decisions[${i}].options`, 'ref.oneHistoricalOption', { found: historical });
    const optionIds = new Set<string>();
    d.options.forEach((o, j) => {
      if (optionIds.has(o.id)) err(key, `decisions[${i}].options[${j}].id`, 'ref.duplicateOption', { id: o.id });
      optionIds.add(o.id);
      o.effects.forEach((e, k) => effect(key, `decisions[${i}].options[${j}].effects[${k}]`, e));
      when(key, `decisions[${i}].options[${j}].when`, o.when);
      o.appeal.forEach((a, k) => {
        const path = `decisions[${i}].options[${j}].appeal[${k}]`;
        when(key, `${path}.when`, a.when);
        if (a.scale?.metric && !metrics.has(a.scale.metric)) err(key, `${path}.scale.metric`, 'ref.unknownMetric', { id: a.scale.metric });
        a.scale?.share?.sides.forEach((sd, m) => side(key, `${path}.scale.share.sides[${m}]`, sd));
      });
    });
    if (!d.options.some((o) => !o.when?.length)) err(key, `decisions[${i}].options`, 'ref.openOption');
    when(key, `decisions[${i}].when`, d.when);
    d.unasked.forEach((u, k) => when(key, `decisions[${i}].unasked[${k}].when`, u.when));
  });
  if (file.decisionIds) {
    file.decisionIds.forEach((id, i) => {
      if (!decisions.has(id)) err('decisionIds', `decisionIds[${i}]`, 'ref.unknownDecisionId', { id });
    });
  }

  s.developments.forEach((d, i) => {
    if (!inRecordOf('developments')(d.date)) err('developments', `developments[${i}].date`, 'ref.outsideScenarioShort', { date: d.date });
    d.effects.forEach((e, k) => effect('developments', `developments[${i}].effects[${k}]`, e));
    when('developments', `developments[${i}].when`, d.when);
  });

  // Outcomes: exactly one historical, and a fallback last so the game always ends in one.
  const historicalOutcomes = s.outcomes.filter((o) => o.historical).length;
  if (historicalOutcomes !== 1) err('outcomes', 'outcomes', 'ref.oneHistoricalOutcome', { found: historicalOutcomes });
  const last = s.outcomes[s.outcomes.length - 1];
  if (last && last.when.length) err('outcomes', `outcomes[${s.outcomes.length - 1}].when`, 'ref.fallbackOutcome');
  s.outcomes.forEach((o, i) => when('outcomes', `outcomes[${i}].when`, o.when));

  s.orders.forEach((o, i) => side('orders', `orders[${i}].side`, o.side));
  s.roles.forEach((r, i) => {
    side('roles', `roles[${i}].side`, r.side);
    const sd = s.sides.find((x) => x.id === r.side);
    if (sd && !sd.playable) err('roles', `roles[${i}].side`, 'ref.notPlayable', { side: r.side });
    const objectiveIds = new Set<string>();
    r.objectives.forEach((o, j) => {
      const path = `roles[${i}].objectives[${j}]`;
      if (objectiveIds.has(o.id)) err('roles', `${path}.id`, 'ref.duplicateObjective', { id: o.id });
      objectiveIds.add(o.id);
      when('roles', `${path}.met`, o.met);
      when('roles', `${path}.partly`, o.partly);
    });
  });

  // The epilogue's conditions, and the divergence weights' decisions.
  if (s.epilogue) {
    const entryIds = new Set<string>();
    s.epilogue.entries.forEach((e, i) => {
      if (entryIds.has(e.id)) err('epilogue', `epilogue.entries[${i}].id`, 'ref.duplicateEntry', { id: e.id });
      entryIds.add(e.id);
      e.otherwise.forEach((o, j) => when('epilogue', `epilogue.entries[${i}].otherwise[${j}].when`, o.when));
    });
  }
  if (own('divergence')) {
    for (const id of Object.keys(s.divergence.weights)) if (!optionsOf.has(id)) err('divergence', `divergence.weights.${id}`, 'ref.unknownDecision', { id });
  }

  // The record: events and series within the record window, with known places and people.
  s.events.forEach((ev, i) => {
    if (!isValidDate(ev.date)) err('events', `events[${i}].date`, 'ref.notADate');
    else if (!inRecordOf('events')(ev.date)) err('events', `events[${i}].date`, 'ref.outsideRecord', { date: ev.date, from: recordStart, to: recordEnd });
    ev.places.forEach((p, j) => area('events', `events[${i}].places[${j}]`, p));
    ev.people.forEach((p, j) => {
      if (!people.has(p)) err('events', `events[${i}].people[${j}]`, 'ref.unknownPerson', { id: p });
    });
    if (ev.perspective) side('events', `events[${i}].perspective`, ev.perspective);
  });
  for (const [metric, points] of Object.entries(s.series)) {
    if (!metrics.has(metric)) err('series', `series.${metric}`, 'ref.unknownMetric', { id: metric });
    let previous = '';
    points.forEach((p, i) => {
      const path = `series.${metric}[${i}]`;
      if (!inRecordOf('series')(p.date)) err('series', `${path}.date`, 'ref.outsideRecordShort', { date: p.date });
      if (p.date <= previous) err('series', `${path}.date`, 'ref.datesIncrease');
      previous = p.date;
      if (p.low !== undefined && p.low > p.value) err('series', `${path}.low`, 'ref.lowAbove');
      if (p.high !== undefined && p.high < p.value) err('series', `${path}.high`, 'ref.highBelow');
      if (p.estimate && !p.basis) err('series', path, 'ref.estimateBasis');
      if (!p.estimate && !p.source) err('series', path, 'ref.recordedSource');
    });
  }
  return issues;
}
