// The Phaser side of the page, loaded after the title is on screen: the game and its scenes.
import Phaser from 'phaser';
import type { UiHost } from './host';
import { HOST_KEY } from './host';
import { BootScene } from './scenes/BootScene';
import { PreloaderScene } from './scenes/PreloaderScene';
import { TitleScene } from './scenes/TitleScene';
import { MapScene } from './scenes/MapScene';
import { EndScene } from './scenes/EndScene';

export function createGame(host: UiHost): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'map-host',
    // The paper is the page behind the canvas.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true, roundPixels: false },
    scene: [BootScene, PreloaderScene, TitleScene, MapScene, EndScene],
    callbacks: {
      preBoot: (game) => {
        game.registry.set(HOST_KEY, host);
      },
    },
  });
}
