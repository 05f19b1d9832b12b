// A class's plan, checked against its scenario: the sides each group plays (1 to 6 of
// the scenario's roles), the policy for the sides nobody plays and for seats the teacher
// hands to the computer, and the seed the groups' games are drawn from.
import { z } from 'zod';
import { MAX_SEED, POLICIES } from '../engine';
import type { PolicyId } from '../engine';
import type { Scenario } from '../scenario/resolve';
import { refuse } from './errors';

export const MAX_GROUP = 6;
export const MAX_GROUPS = 60;

export const CreateClassBody = z.strictObject({
  title: z.string().trim().min(1).max(120),
  scenario: z.string().min(1).max(64),
  /** The seat plan of each group: the sides it plays. Default: one plan, every role of the scenario. */
  groups: z.array(z.array(z.string().min(1).max(64)).min(1).max(MAX_GROUP)).min(1).max(MAX_GROUPS).optional(),
  policy: z.enum(POLICIES).optional(),
  seed: z.string().min(1).max(MAX_SEED - 8).optional(),
});
export type CreateClass = z.infer<typeof CreateClassBody>;

export interface ClassPlan {
  /** Seat plans; groups beyond the list repeat the last plan. */
  groups: string[][];
  policy: PolicyId;
  seed: string;
}

export function checkPlan(scenario: Scenario, body: CreateClass, seed: string): ClassPlan {
  const roles = scenario.roles.map((r) => r.side);
  const groups = body.groups ?? [roles.slice(0, MAX_GROUP)];
  for (const sides of groups) {
    for (const side of sides) if (!roles.includes(side)) refuse(400, 'BAD_PLAN', `“${side}” is not a role of ${scenario.title} (roles: ${roles.join(', ')})`);
    if (new Set(sides).size !== sides.length) refuse(400, 'BAD_PLAN', 'a group plays each side at most once');
  }
  return { groups, policy: body.policy ?? POLICIES[0], seed: body.seed ?? seed };
}

/** The seat plan of group number `n` (1-based). */
export const planOf = (plan: ClassPlan, n: number): string[] => plan.groups[Math.min(n, plan.groups.length) - 1]!;

export const JoinBody = z.strictObject({
  joinCode: z.string().min(1).max(32),
  name: z.string().trim().min(1).max(40),
  /** Play alone against computer sides, taking `side` (default: the plan's first). */
  solo: z.boolean().optional(),
  side: z.string().min(1).max(64).optional(),
});

/** Names shown to others: one line, no control characters. */
export const cleanName = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
