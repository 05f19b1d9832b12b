// The end: the map as the game left it, dimmed, behind the end screen.
import Phaser from 'phaser';
import { MapBoard } from '../map/MapBoard';
import { hostOf } from './hostOf';

export class EndScene extends Phaser.Scene {
  constructor() {
    super('End');
  }

  create(): void {
    const host = hostOf(this);
    const backdrop = host.backdrop();
    if (backdrop) {
      new MapBoard(this, backdrop.scenario, null, host).show(backdrop.state);
    }
    host.endReady();
  }
}
