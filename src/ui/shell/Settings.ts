// The player's settings, kept between visits: reduced motion (or the system's choice),
// and whether the guided first day has been seen; and the guide itself, opened once.
import type { Dialog } from '../panels/dialogs';
import { openGuide } from '../panels/Guide';
import { readPrefs, systemPrefersReducedMotion, writePrefs } from '../storage';
import type { Prefs } from '../storage';

export class Settings {
  private prefs: Prefs = readPrefs();
  private guide: Dialog | null = null;

  get reduceMotion(): boolean {
    return this.prefs.reduceMotion ?? systemPrefersReducedMotion();
  }

  set reduceMotion(on: boolean) {
    this.save({ reduceMotion: on });
  }

  get seenGuide(): boolean {
    return this.prefs.seenGuide;
  }

  /** The guide ("How to play", "Help"); closing it the first time marks it seen. */
  openHelp(): void {
    if (this.guide?.isOpen) return;
    this.guide = openGuide(() => {
      this.guide = null;
      if (!this.prefs.seenGuide) this.save({ seenGuide: true });
    });
  }

  /** Close the guide if it is open (as its own close button does). */
  closeHelp(): void {
    if (this.guide?.isOpen) this.guide.close();
  }

  private save(change: Partial<Prefs>): void {
    this.prefs = { ...this.prefs, ...change };
    writePrefs(this.prefs);
  }
}
