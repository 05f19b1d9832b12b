// axe-core in the page (@axe-core/playwright): the screen as a screen reader meets it.
// A screen passes with no violation of serious or critical impact, and none of the
// landmark and region rules whatever their impact.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** The violations that fail a screen, with where they are. */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  // The builder's page type is playwright's, the same object playwright-core gives.
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || /^landmark|^region$/.test(v.id))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
