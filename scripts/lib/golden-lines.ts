// One line per day: the figures and the hash a golden replay must reproduce.
import type { GameState } from '../../src/engine';

export function goldenLines(dayStates: GameState[], hashes: string[]): string[] {
  return dayStates.map((s, i) => {
    const m = s.metrics;
    const held = Object.values(s.areas).filter((a) => a.control === 'revolutionaries').length;
    return `${s.report!.date} dead=${m.hungarianDead} wounded=${m.hungarianWounded} sovietDead=${m.sovietDead} refugees=${m.refugees} prisoners=${m.prisonersFreed} councils=${m.councils} revolutionHolds=${held} ${s.outcome ? `outcome=${s.outcome.id} ` : ''}hash=${hashes[i]}`;
  });
}
