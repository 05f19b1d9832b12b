import type Phaser from 'phaser';
import { HOST_KEY } from '../host';
import type { UiHost } from '../host';

/** The interface around the canvas, as the scenes see it. */
export const hostOf = (scene: Phaser.Scene): UiHost => scene.registry.get(HOST_KEY) as UiHost;
