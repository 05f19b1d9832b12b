// Rendering on demand. The map is still most of the time: rather than redraw it sixty
// times a second for nothing, Phaser's loop sleeps when nothing has changed for a moment
// and wakes for the pointer, a new state, the camera or the day's animation.
import type Phaser from 'phaser';

export class RenderGate {
  private until = Number.POSITIVE_INFINITY;
  private holds = 0;

  constructor(private readonly game: Phaser.Game) {
    game.events.on('postrender', () => {
      if (this.holds === 0 && performance.now() > this.until) game.loop.sleep();
    });
  }

  /** Keep drawing for at least `ms` more. */
  wake(ms = 300): void {
    const now = performance.now();
    this.until = this.until === Number.POSITIVE_INFINITY ? now + ms : Math.max(this.until, now + ms);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  /** Keep drawing until released (an animation is playing). */
  hold(): () => void {
    this.holds++;
    this.wake();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds = Math.max(0, this.holds - 1);
      this.wake();
    };
  }
}
