// Boot: make the map's own textures (paper, flag, marks), then load the rest.
import Phaser from 'phaser';
import { makeTextures } from '../map/textures';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    makeTextures(this);
    this.scene.start('Preloader');
  }
}
