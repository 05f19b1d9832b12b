// Preloader: a progress bar while the scenario files come in (the page fetches them from
// the start) and the map's typefaces load, then on to the screen the player is on.
import Phaser from 'phaser';
import { FONT, INK, css } from '../map/palette';
import { hostOf } from './hostOf';

const FONTS = ['16px "Libre Baskerville"', 'italic 16px "Libre Baskerville"', 'bold 16px "Libre Baskerville"', '16px "Courier Prime"', '16px "IBM Plex Sans"'];

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    performance.mark('nd:preload');
    const host = hostOf(this);
    const { width, height } = this.scale;
    const barW = Math.min(420, width * 0.7);
    const x = (width - barW) / 2;
    const y = height / 2;
    this.add.text(width / 2, y - 34, 'Nineteen Days', { fontFamily: FONT.serif, fontSize: '24px', color: css(INK.ink) }).setOrigin(0.5);
    const status = this.add.text(width / 2, y + 30, 'Loading the record…', { fontFamily: FONT.sans, fontSize: '14px', color: css(INK.inkSoft) }).setOrigin(0.5);
    this.add.rectangle(x, y, barW, 12).setOrigin(0, 0.5).setStrokeStyle(1, INK.ink);
    const bar = this.add.rectangle(x + 2, y, 1, 8, INK.ink).setOrigin(0, 0.5);
    const loading = host.loading();
    let fontsDone = 0;
    // Scenario files are most of the work; the typefaces (with Hungarian letters) the rest.
    const draw = (): void => {
      const p = 0.8 * loading.progress() + (0.2 * fontsDone) / FONTS.length;
      bar.width = Math.max(1, (barW - 4) * p);
    };
    this.events.on('update', draw);
    const fonts = Promise.all(
      FONTS.map((f) =>
        document.fonts.load(f, 'Gerő Tököl ű').then(
          () => fontsDone++,
          () => fontsDone++,
        ),
      ),
    );
    Promise.all([loading.done, Promise.race([fonts, new Promise((r) => setTimeout(r, 2000))])]).then(
      () => {
        status.setText('Ready');
        performance.mark('nd:phaser-ready');
        host.ready();
      },
      () => host.ready(),
    );
  }
}
