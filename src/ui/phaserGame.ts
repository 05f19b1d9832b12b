// The Phaser side of the page, loaded after the title is on screen: the game and its scenes.
import Phaser from 'phaser';
import type { UiHost } from './host';
import { HOST_KEY } from './host';
import { BootScene } from './scenes/BootScene';
import { PreloaderScene } from './scenes/PreloaderScene';
import { TitleScene } from './scenes/TitleScene';
import { MapScene } from './scenes/MapScene';
import { EndScene } from './scenes/EndScene';

/**
 * WebGL where the browser has a GPU for it; Phaser's Canvas renderer where WebGL would
 * only be a software rasteriser (SwiftShader, llvmpipe), which is several times slower
 * for this map than plain Canvas 2D. `?renderer=webgl|canvas` overrides the choice.
 */
function rendererType(): number {
  const wanted = new URLSearchParams(location.search).get('renderer');
  if (wanted === 'canvas') return Phaser.CANVAS;
  if (wanted === 'webgl') return Phaser.WEBGL;
  return softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}

function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  // A context refused with the "major performance caveat" is software too.
  const strict = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
  strict?.getExtension('WEBGL_lose_context')?.loseContext();
  return strict === null || /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

export function createGame(host: UiHost): Phaser.Game {
  return new Phaser.Game({
    type: rendererType(),
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
