// The whole map on a scene: paper, city and inset, the areas, the day's animation, the
// camera and the pointer. The scenes that show a map each make one.
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Bus } from '../lib/bus';
import type { MapController } from '../host';
import { AreaLayer } from './AreaLayer';
import { DayAnimator } from './DayAnimator';
import { MapCamera } from './MapCamera';
import { MapView } from './MapView';
import { planDay } from './dayPlan';
import { Compositor } from './compositor';
import { CITY, INSET } from './geography';
import { DEPTH } from './MapView';
import { seedOf } from '../lib/rng';

/** After the next frame has been drawn. */
const betweenFrames = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

export class MapBoard implements MapController {
  readonly layer: AreaLayer;
  private animator: DayAnimator;
  private camera: MapCamera;
  private drag: { x: number; y: number; moved: boolean } | null = null;
  private shown: GameState | null = null;
  /** Skip was asked for while a day was being made ready to play. */
  private skipped = false;

  private city: Compositor;
  private inset: Compositor;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
    private readonly bus: Bus | null,
    private readonly gate: { wake(ms?: number): void; hold(): () => void },
  ) {
    new MapView(scene).draw();
    this.layer = new AreaLayer(scene, scenario);
    this.animator = new DayAnimator(scene, this.layer, new Map(scenario.sides.map((s) => [s.id, s])));
    this.camera = new MapCamera(scene);
    const id = scene.sys.settings.key;
    this.city = new Compositor(scene, `nd-${id}-city`, { x: -40, y: -40, width: CITY.width + 80, height: CITY.height + 80 }, DEPTH.traces + 0.5);
    this.inset = new Compositor(scene, `nd-${id}-inset-still`, { x: INSET.x - 8, y: INSET.y - 8, width: INSET.width * INSET.scale + 16, height: INSET.height * INSET.scale + 16 }, DEPTH.insetLabels + 0.5, 3);
    if (bus) {
      this.listen(bus);
      // Only the game's map plays days.
      this.animator.prepare();
    }
  }

  /** Everything still on the map, as one picture per part (city, inset), leaving out `live`. */
  private bake(live: Phaser.GameObjects.GameObject[] = []): void {
    const keep = new Set<Phaser.GameObjects.GameObject>([...live, this.city.image, this.inset.image]);
    type Drawable = Phaser.GameObjects.Image;
    const all = this.scene.children.list.filter((o) => !keep.has(o)) as Drawable[];
    this.city.bake(all.filter((o) => o.depth <= DEPTH.traces));
    this.inset.bake(all.filter((o) => o.depth >= DEPTH.inset && o.depth <= DEPTH.insetLabels));
  }

  /** The city's picture again, leaving out `live` (the inset's stands). */
  private bakeCity(live: Phaser.GameObjects.GameObject[]): void {
    const keep = new Set<Phaser.GameObjects.GameObject>([...live, this.city.image, this.inset.image]);
    type Drawable = Phaser.GameObjects.Image;
    const all = this.scene.children.list.filter((o) => !keep.has(o)) as Drawable[];
    this.city.bake(all.filter((o) => o.depth <= DEPTH.traces));
  }

  private release(): void {
    this.city.release();
    this.inset.release();
  }

  private redraw(state: GameState, force = false): void {
    if (!force && this.city.isBaked && !this.layer.differs(state)) return;
    this.release();
    this.layer.show(state);
    this.bake();
  }

  private listen(bus: Bus): void {
    const input = this.scene.input;
    input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.drag && p.isDown) {
        const dx = p.x - this.drag.x;
        const dy = p.y - this.drag.y;
        if (this.drag.moved || Math.hypot(dx, dy) > 5) {
          this.drag.moved = true;
          this.camera.pan(dx, dy);
          this.gate.wake();
          this.drag.x = p.x;
          this.drag.y = p.y;
        }
        return;
      }
      const area = this.layer.areaAt(p.worldX, p.worldY);
      if (this.layer.setHover(area)) this.gate.wake();
      bus.emit('area-hover', { area, screenX: p.event instanceof MouseEvent ? p.event.clientX : p.x, screenY: p.event instanceof MouseEvent ? p.event.clientY : p.y });
    });
    input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.drag = { x: p.x, y: p.y, moved: false };
    });
    input.on('pointerup', (p: Phaser.Input.Pointer) => {
      const moved = this.drag?.moved ?? false;
      this.drag = null;
      if (moved) return;
      const area = this.layer.areaAt(p.worldX, p.worldY);
      this.layer.setSelected(area);
      this.gate.wake();
      bus.emit('area-select', { area });
    });
    input.on('gameout', () => {
      if (this.layer.setHover(null)) this.gate.wake();
      bus.emit('area-hover', { area: null, screenX: 0, screenY: 0 });
    });
    input.on('wheel', (_p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.camera.zoomBy(dy > 0 ? 1 / 1.15 : 1.15);
      this.gate.wake();
    });
  }

  update(delta: number): void {
    this.animator.update(Math.min(delta, 100));
  }

  show(state: GameState, force = false): void {
    this.shown = state;
    this.redraw(state, force);
    this.gate.wake();
  }

  async playDay(before: GameState, after: GameState, reduced: boolean): Promise<void> {
    const report = after.report;
    if (!report) {
      this.layer.show(after);
      return;
    }
    const plan = planDay(this.scenario, this.layer.shapes, before, after, report);
    // Areas of the inset change hands at the end, without a fade (it is one still picture).
    plan.changes = plan.changes.filter((c) => !this.layer.isInInset(c.area));
    this.skipped = false;
    const release = this.gate.hold();
    try {
      // The work before the first mark moves, spread over frames so that none is dropped:
      // the side panel's evening first, then the still map, its copy at screen scale, then
      // the marks.
      if (!reduced) await betweenFrames();
      // The morning's map while the day plays (all but the plates that change hands, which
      // fade under it); the evening's once it is over.
      const shown = reduced ? after : before;
      if (this.city.isBaked && this.inset.isBaked && !this.layer.differs(shown)) {
        // The inset's picture stands: only the city's is made again, without those plates.
        this.city.release();
        for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
        this.bakeCity(plan.changes.flatMap((c) => this.layer.plateImages(c.area)));
      } else {
        this.release();
        this.layer.show(shown);
        for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
        this.bake(plan.changes.flatMap((c) => this.layer.plateImages(c.area)));
      }
      if (!reduced && !this.skipped) {
        await betweenFrames();
        this.city.prepareScreen();
        await betweenFrames();
      }
      const played = this.animator.play(plan, seedOf(`${after.seed}/${report.date}`), reduced);
      if (this.skipped) this.animator.skip();
      await played;
    } finally {
      this.show(after, true);
      release();
    }
  }

  skip(): void {
    this.skipped = true;
    this.animator.skip();
  }

  clearTraces(): void {
    this.release();
    this.animator.clearTraces();
    if (this.shown) this.redraw(this.shown, true);
    this.gate.wake();
  }

  select(area: string | null): void {
    this.gate.wake();
    this.layer.setSelected(area);
    const p = area ? this.layer.point(area) : null;
    if (p && !this.layer.isInInset(area!)) this.camera.lookAt(p[0], p[1]);
  }

  highlight(area: string | null): void {
    if (this.layer.setHover(area)) this.gate.wake();
  }

  zoomBy(factor: number): void {
    this.camera.zoomBy(factor);
    this.gate.wake();
  }

  resetZoom(): void {
    this.camera.reset();
    this.gate.wake();
  }
}
