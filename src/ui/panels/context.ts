// What every panel needs to speak of the scenario: names, sides, the glossary.
import { rulesFor } from '../../engine';
import type { GameState, Rules } from '../../engine';
import { compareDay } from '../../history';
import type { DayComparison } from '../../history';
import type { Scenario } from '../../scenario/resolve';
import type { Side } from '../../scenario/schema';
import { daysBetween } from '../../lib/dates';
import { words } from '../lib/words';
import { linkTerms, para, termMatcher } from './glossary';
import type { TermMatcher } from './glossary';

export class UiContext {
  readonly rules: Rules;
  readonly matcher: TermMatcher;
  private comparisons = new WeakMap<GameState, DayComparison>();

  constructor(
    readonly scenario: Scenario,
    private readonly openTerm: (id: string) => void,
  ) {
    this.rules = rulesFor(scenario);
    this.matcher = termMatcher(scenario.glossary);
  }

  side(id: string): Side | undefined {
    return this.rules.sides.get(id);
  }

  sideName(id: string): string {
    return this.rules.sides.get(id)?.name ?? id;
  }

  /** A side's name inside a sentence: "the revolutionaries", "a forradalmárok". */
  sideIn(id: string): string {
    const name = this.sideName(id);
    return words.lang === 'hu' ? name.replace(/^(Az?) /, (m) => m.toLowerCase()) : name.replace(/^The /, 'the ');
  }

  areaName(id: string): string {
    return this.rules.areas.get(id)?.name ?? id;
  }

  personName(id: string): string {
    return this.scenario.people.find((p) => p.id === id)?.name ?? id;
  }

  get totalDays(): number {
    return daysBetween(this.scenario.start, this.scenario.end) + 1;
  }

  /** Text with glossary terms as buttons. */
  text(text: string, seen?: Set<string>): DocumentFragment {
    return linkTerms(text, this.matcher, this.openTerm, seen);
  }

  para(text: string, cls?: string): HTMLParagraphElement {
    return para(text, this.matcher, this.openTerm, cls);
  }

  /** The comparison with history of a state at the end of a day (cached: states never change). */
  compare(state: GameState): DayComparison {
    let c = this.comparisons.get(state);
    if (!c) {
      c = compareDay(this.scenario, state);
      this.comparisons.set(state, c);
    }
    return c;
  }
}
