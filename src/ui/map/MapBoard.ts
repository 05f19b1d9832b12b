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
import { seedOf } from '../lib/rng';

export class MapBoard implements MapController {
  readonly layer: AreaLayer;
  private animator: DayAnimator;
  private camera: MapCamera;
  private drag: { x: number; y: number; moved: boolean } | null = null;

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
    if (bus) this.listen(bus);
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

  show(state: GameState): void {
    this.layer.show(state);
    this.gate.wake();
  }

  async playDay(before: GameState, after: GameState, reduced: boolean): Promise<void> {
    const report = after.report;
    if (!report) {
      this.layer.show(after);
      return;
    }
    const plan = planDay(this.scenario, this.layer.shapes, before, after, report);
    // The morning's map while the day plays; the evening's once it is over.
    this.layer.show(reduced ? after : before);
    const release = this.gate.hold();
    try {
      await this.animator.play(plan, seedOf(`${after.seed}/${report.date}`), reduced);
      this.layer.show(after);
    } finally {
      release();
    }
  }

  skip(): void {
    this.animator.skip();
  }

  clearTraces(): void {
    this.animator.clearTraces();
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
