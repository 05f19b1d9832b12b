// Preloader: the map's art from assets/ on Phaser's loader (the geographic base, the
// paper and ink, the emblem, the symbols), the scenario files the page fetches from the
// start, and the map's typefaces; one progress bar for the three, moved by the loader's
// progress events and by each file and face as it comes in. Then on to the screen the
// player is on.
import Phaser from 'phaser';
import { geographyOf, queueArt } from '../map/art';
import { FONT, INK, css } from '../map/palette';
import { hostOf } from './hostOf';
import { t } from '../lib/words';

const FONTS = ['16px "Libre Baskerville"', 'italic 16px "Libre Baskerville"', 'bold 16px "Libre Baskerville"', '16px "Courier Prime"', '16px "IBM Plex Sans"'];

/** How much of the bar each part fills: the art, the scenario files, the typefaces. */
const SHARE = { art: 0.4, scenarios: 0.45, fonts: 0.15 };

export class PreloaderScene extends Phaser.Scene {
  private art = 0;
  private fontsIn = 0;
  private bar: Phaser.GameObjects.Rectangle | null = null;
  private barWidth = 0;
  private status: Phaser.GameObjects.Text | null = null;
  private release: (() => void) | null = null;
  private failed: string[] = [];

  constructor() {
    super('Preloader');
  }

  preload(): void {
    performance.mark('nd:preload');
    const host = hostOf(this);
    // Keep drawing while the bar moves (the canvas otherwise sleeps when nothing changes).
    this.release = host.hold();
    const { width, height } = this.scale;
    this.barWidth = Math.min(420, width * 0.7);
    const x = (width - this.barWidth) / 2;
    const y = height / 2;
    this.add.text(width / 2, y - 34, t('shell:preload.name'), { fontFamily: FONT.serif, fontSize: '24px', color: css(INK.ink) }).setOrigin(0.5);
    this.status = this.add.text(width / 2, y + 30, t('shell:preload.loading'), { fontFamily: FONT.sans, fontSize: '14px', color: css(INK.inkSoft) }).setOrigin(0.5);
    this.add.rectangle(x, y, this.barWidth, 12).setOrigin(0, 0.5).setStrokeStyle(1, INK.ink);
    this.bar = this.add.rectangle(x + 2, y, 1, 8, INK.ink).setOrigin(0, 0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      this.art = value;
      this.draw();
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => this.failed.push(`${file.key} (${file.src})`));
    queueArt(this.load);
  }

  private draw(): void {
    const scenarios = hostOf(this).loading().progress();
    const p = SHARE.art * this.art + SHARE.scenarios * scenarios + (SHARE.fonts * this.fontsIn) / FONTS.length;
    if (this.bar) this.bar.width = Math.max(1, (this.barWidth - 4) * Math.min(1, p));
  }

  create(): void {
    const host = hostOf(this);
    const done = (): void => {
      this.release?.();
      this.release = null;
    };
    if (this.failed.length) {
      this.status?.setText(t('shell:preload.artFailed'));
      console.error(`The map's art could not be loaded: ${this.failed.join(', ')}`);
      done();
      return;
    }
    try {
      // The geographic base checked now, so a broken file is named here rather than drawn.
      geographyOf(this);
    } catch (e) {
      this.status?.setText(t('shell:preload.geoFailed'));
      console.error(String(e));
      done();
      return;
    }
    const loading = host.loading();
    void loading.done.then(() => this.draw());
    const fonts = Promise.all(
      FONTS.map((f) =>
        document.fonts.load(f, 'Gerő Tököl ű').then(
          () => {
            this.fontsIn++;
            this.draw();
          },
          () => {
            this.fontsIn++;
            this.draw();
          },
        ),
      ),
    );
    this.draw();
    Promise.all([loading.done, Promise.race([fonts, new Promise((r) => setTimeout(r, 2000))])]).then(
      () => {
        this.status?.setText(t('shell:preload.ready'));

        performance.mark('nd:phaser-ready');
        done();
        host.ready();
      },
      () => {
        done();
        host.ready();
      },
    );
  }
}
