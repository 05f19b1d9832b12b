// The game's map: the board, fed by the host with states and days to play.
import Phaser from 'phaser';
import { MapBoard } from '../map/MapBoard';
import { hostOf } from './hostOf';

export class MapScene extends Phaser.Scene {
  private board: MapBoard | null = null;

  constructor() {
    super('Map');
  }

  create(): void {
    const host = hostOf(this);
    const backdrop = host.backdrop();
    if (!backdrop) return;
    this.board = new MapBoard(this, backdrop.scenario, host.bus, host);
    this.board.show(backdrop.state);
    this.events.once('shutdown', () => {
      this.board = null;
      host.mapGone();
    });
    host.mapReady(this.board);
  }

  override update(_time: number, delta: number): void {
    this.board?.update(delta);
  }
}
