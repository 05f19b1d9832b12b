// The day's plan for the map's animation, worked out from the morning, the evening and
// the report: every area that changed hands changes, fighting where people died, the
// councils that formed, the columns on the move, people walking to the border.
import { describe, expect, it } from 'vitest';
import { newGame, playerActions, step } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { planDay } from '../../src/ui/map/dayPlan';
import { areaShapes } from '../../src/ui/map/geography';
import { scenario } from '../helpers';
import { geography } from './mapFixture';

const campaign = scenario('campaign');
const geo = geography();
const shapes = areaShapes(campaign.areas, geo);
/** Each day of a game as history went, as the map gets it: the state the turn ended from, and the next. */
const days: [GameState, GameState][] = [];
for (let state = newGame(campaign, { seed: 'ui-dayplan-1956', roles: { revolutionaries: 'player' } }); state.status === 'playing'; ) {
  for (const a of playerActions(campaign, state)) state = step(campaign, state, a).state;
  const next = step(campaign, state, { type: 'endTurn' }).state;
  days.push([state, next]);
  state = next;
}
const plans = days.map(([before, after]) => ({ before, after, report: after.report!, plan: planDay(campaign, shapes, geo, before, after, after.report!) }));
const dayOf = (date: string) => plans.find((p) => p.report.date === date)!;

describe('the day plan', () => {
  it('covers the whole game, one plan a day', () => {
    expect(plans).toHaveLength(19);
    expect(plans[0]!.report.date).toBe(campaign.start);
  });

  it('changes exactly the areas that changed hands, from the morning’s holder to the evening’s', () => {
    for (const { before, after, plan, report } of plans) {
      const changed = campaign.areas.filter((a) => before.areas[a.id]!.control !== after.areas[a.id]!.control).map((a) => ({ area: a.id, from: before.areas[a.id]!.control, to: after.areas[a.id]!.control }));
      const sort = (xs: { area: string }[]) => [...xs].sort((x, y) => x.area.localeCompare(y.area));
      expect(sort(plan.changes), report.date).toEqual(sort(changed));
    }
    expect(plans.some((p) => p.plan.changes.length > 0)).toBe(true);
  });

  it('shows fighting at every area where there was fighting or death, at the area’s point', () => {
    for (const { plan, report } of plans) {
      for (const r of report.areas.filter((x) => x.fighting > 0 || x.dead + x.sovietDead > 0)) {
        const fight = plan.fights.find((f) => f.area === r.area);
        expect(fight, `${r.area} on ${report.date}`).toBeDefined();
        expect(fight!.at).toEqual(shapes.get(r.area)!.point);
        expect(fight!.intensity).toBeGreaterThanOrEqual(0.15);
        expect(fight!.intensity).toBeLessThanOrEqual(1);
      }
    }
  });

  it('marks the councils formed that day, and no others', () => {
    for (const { before, after, plan } of plans) {
      const formed = campaign.areas.filter((a) => after.areas[a.id]!.council && !before.areas[a.id]!.council);
      expect(plan.councils).toEqual(formed.map((a) => shapes.get(a.id)!.point));
    }
  });

  it('sends people to the Austrian border on the days some crossed, and on no other', () => {
    const border = shapes.get(campaign.areas.find((a) => a.kind === 'border')!.id)!.point;
    for (const { plan, report } of plans) {
      expect(plan.flights.length > 0, report.date).toBe(report.national.refugees > 0);
      for (const f of plan.flights) expect(f.path[f.path.length - 1]).toEqual(border);
    }
  });

  it('moves the Soviet columns in on 4 November, a dozen marks at most to a column', () => {
    const { plan } = dayOf('1956-11-04');
    const soviet = plan.movements.filter((m) => m.side === 'soviet' && m.kind === 'column');
    expect(soviet.length).toBeGreaterThan(0);
    for (const m of plan.movements) {
      expect(m.count).toBeGreaterThanOrEqual(2);
      expect(m.count).toBeLessThanOrEqual(12);
      if (m.kind === 'column') expect(m.path.length).toBeGreaterThanOrEqual(2);
      else expect(m.path).toHaveLength(1);
    }
  });

  it('is the same plan for the same day (the animation draws nothing from the game’s luck)', () => {
    const { before, after, report, plan } = dayOf('1956-10-24');
    expect(planDay(campaign, shapes, geo, before, after, report)).toEqual(plan);
  });
});
