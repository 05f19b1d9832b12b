// The scenario's words on the online screens, in the page's language: the server sends its
// English labels with their ids (a side's, an outcome's, a decision's and its options'), and
// the page says them from its own scenario, loaded in its language; an id it does not know
// keeps the server's label. Whose game a compared one is, from what the server says of it.
import type { Scenario } from '../../scenario/resolve';
import { t } from '../lib/words';
import type { GameOf } from './api';

export const sideNameOf = (scenario: Scenario | undefined, side: string, label: string): string => scenario?.sides.find((s) => s.id === side)?.name ?? label;

export const outcomeLabelOf = (scenario: Scenario | undefined, outcome: { id: string; label: string }): string => scenario?.outcomes.find((o) => o.id === outcome.id)?.label ?? outcome.label;

/** A decision's title and its options' labels, by their ids. */
export function decisionOf(scenario: Scenario | undefined, decision: { decision: string; title: string; labels: Record<string, string> }): { title: string; label(option: string): string } {
  const d = scenario?.decisions.find((x) => x.id === decision.decision);
  return {
    title: d?.title ?? decision.title,
    label: (option) => d?.options.find((o) => o.id === option)?.label ?? decision.labels[option] ?? option,
  };
}

/** A compared game's name: "Group 2 (Anna, Bence)", "Anna’s upload"; the server's name when it says no more. */
export function gameName(game: { name: string; of?: GameOf }): string {
  const of = game.of;
  if (!of) return game.name;
  if ('upload' in of) return t('shell:teacher.upload', { name: of.upload ?? t('shell:teacher.aStudent') });
  return t('shell:teacher.gameName', { solo: of.solo ? 'yes' : 'no', number: of.group, players: of.players.map((p) => p ?? t('shell:seat.state.computer')).join(', ') });
}
