// Title: the map of the first morning, quiet, behind the title screen.
import Phaser from 'phaser';
import { MapBoard } from '../map/MapBoard';
import { hostOf } from './hostOf';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const host = hostOf(this);
    const backdrop = host.backdrop();
    if (backdrop) {
      const board = new MapBoard(this, backdrop.scenario, null, host);
      board.show(backdrop.state);
    }
    host.titleReady();
  }
}
