// The autosave as the game sees it: each change marks the game to be saved (written when
// the player pauses, see storage.ts), and when a save cannot be written — storage full,
// storage refused, a game too long for a save — the players are told plainly, once, and
// offered the replay file, so that no game is lost without a word.
import type { Replay } from '../../replay';
import type { HotSeatPlay } from './hotSeatPlay';
import { downloadReplay } from '../lib/share';
import { message } from '../panels/dialogs';
import type { Session } from '../session';
import { scheduleAutosave } from '../storage';
import type { SaveProblem } from '../storage';
import { t, words } from '../lib/words';

export class SaveWatch {
  private problem: SaveProblem | null = null;
  /** The game whose save failed, for the download. */
  private latest: (() => Replay) | null = null;

  constructor(private readonly changed: () => void) {}

  /** The last save was written (or is waiting to be, with none refused since). */
  get ok(): boolean {
    return this.problem === null;
  }

  save(session: Session, seat: HotSeatPlay | null): void {
    this.latest = () => session.replay();
    scheduleAutosave(
      () => ({ replay: session.replay(), seat: seat?.saved ?? null }),
      (problem) => this.written(problem),
    );
  }

  private written(problem: SaveProblem | null): void {
    const before = this.problem;
    this.problem = problem;
    if (!problem) {
      if (before) this.changed();
      return;
    }
    // Said once for each kind of trouble, not after every order.
    if (before?.kind === problem.kind) return;
    this.changed();
    this.tell(problem);
  }

  private tell(problem: SaveProblem): void {
    const text = t('shell:save.problem', {
      why: problem.why,
      count: words.number(problem.count ?? 0),
      limit: words.number(problem.limit ?? 0),
    });
    message(t('shell:save.notSaved'), text, [
      { label: t('shell:save.download'), primary: true, action: () => this.latest && downloadReplay(this.latest()) },
      { label: t('shell:save.playOn'), action: () => undefined },

    ]);
  }
}
