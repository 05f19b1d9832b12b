// The whole map on a scene: the plan and the inset, the areas, the names laid out for
// the screen, the day's animation, the two cameras and the pointer. The scenes that show
// a map each make one. Between changes the map is two still pictures (city and inset).
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Bus } from '../lib/bus';
import type { MapController } from '../host';
import { geographyOf } from './art';
import { AreaLayer } from './AreaLayer';
import { Compositor } from './compositor';
import { DayAnimator } from './DayAnimator';
import { planDay } from './dayPlan';
import type { MapGeography } from './geography';
import type { Placement, Rect } from './labelPlacement';
import { corners } from './labelPlacement';
import { MapCamera, insetDepth } from './MapCamera';
import { layoutSpec, offSheetNotes, plainLabels } from './mapLabels';
import type { FontSpec, Measure, PlainLabel } from './mapLabels';
import { cartoucheBox, isCompact, layoutMap, toScreen } from './mapLayout';
import type { View } from './mapLayout';
import { DEPTH, MapView, textStyle } from './MapView';
import { seedOf } from '../lib/rng';
import { t } from '../lib/words';

/** After the next frame has been drawn. */
const betweenFrames = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** How long after the last turn of the wheel (or press of a button) the names are laid out again. */
const SETTLE_MS = 220;

/** Sizes of the map's names, measured once per text and font with the style they are drawn in. */
function measurer(scene: Phaser.Scene): Measure {
  const cache = new Map<string, { w: number; h: number }>();
  return (text, font: FontSpec) => {
    const key = `${font.family}|${font.size}|${font.style}|${font.spacing ?? 0}|${text}`;
    let m = cache.get(key);
    if (!m) {
      const t = scene.make.text({ text, style: textStyle(font) }, false);
      if (font.spacing) t.setLetterSpacing(font.spacing);
      m = { w: Math.ceil(t.width), h: Math.ceil(t.height) };
      t.destroy();
      cache.set(key, m);
    }
    return m;
  };
}

export class MapBoard implements MapController {
  readonly layer: AreaLayer;
  private readonly geo: MapGeography;
  private readonly view: MapView;
  private readonly labels: PlainLabel[];
  private readonly measure: Measure;
  private animator: DayAnimator;
  private camera: MapCamera;
  private drag: { x: number; y: number; moved: boolean } | null = null;
  private shown: GameState | null = null;
  /** Skip was asked for while a day was being made ready to play. */
  private skipped = false;
  /** A day is playing: the names wait for it to end. */
  private playing = false;
  private settle: ReturnType<typeof setTimeout> | null = null;

  private city: Compositor;
  private inset: Compositor;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
    private readonly bus: Bus | null,
    private readonly gate: { wake(ms?: number): void; hold(): () => void },
  ) {
    this.geo = geographyOf(scene);
    const measure = measurer(scene);
    this.layer = new AreaLayer(scene, scenario, this.geo, measure);
    const notes = offSheetNotes(this.geo, scenario.areas, this.layer.shapes);
    this.labels = plainLabels(this.geo, notes, (name) => t(`shell:map.country.${name.toLowerCase()}`));
    this.view = new MapView(scene, this.geo, this.labels, notes);
    this.measure = measure;
    this.camera = new MapCamera(scene, this.geo, (why) => this.viewChanged(why));
    this.animator = new DayAnimator(scene, this.layer, new Map(scenario.sides.map((s) => [s.id, s])), (o, inset) => this.camera.only(o, inset));
    const id = scene.sys.settings.key;
    const fit = this.geo.city.fit;
    this.city = new Compositor(scene, `nd-${id}-city`, { x: fit.x - 30, y: fit.y - 30, width: fit.width + 60, height: fit.height + 60 }, DEPTH.traces + 0.5);
    const f = this.geo.country.frame;
    this.inset = new Compositor(scene, `nd-${id}-inset-still`, { x: f.x, y: f.y, width: f.width, height: f.height }, DEPTH.insetLabels + 0.5, 0.75);
    if (bus) {
      this.listen(bus);
      // Only the game's map plays days.
      this.animator.prepare();
    }
    const wrap = this.wrap;
    // The key folding or unfolding over the map moves the names out of its way.
    const onToggle = (): void => this.viewChanged('resize');
    wrap?.addEventListener('toggle', onToggle, true);
    scene.events.once('shutdown', () => {
      wrap?.removeEventListener('toggle', onToggle, true);
      if (this.settle) clearTimeout(this.settle);
      this.host?.removeAttribute('data-layout');
    });
  }

  private get host(): HTMLElement | null {
    return this.scene.game.canvas?.parentElement ?? null;
  }

  /** The map's frame on the page (the canvas's box and what the page lays over it). */
  private get wrap(): HTMLElement | null {
    return this.host?.parentElement ?? null;
  }

  private viewChanged(why: 'resize' | 'zoom' | 'pan'): void {
    this.gate.wake();
    if (why === 'pan' || !this.shown) return;
    if (this.settle) clearTimeout(this.settle);
    if (why === 'resize') {
      this.settle = null;
      this.redraw(this.shown, true);
      return;
    }
    this.settle = setTimeout(() => {
      this.settle = null;
      if (this.shown) this.redraw(this.shown, true);
      this.gate.wake();
    }, SETTLE_MS);
  }

  /** Boxes the page lays over the canvas (the key, the zoom buttons), in canvas pixels. */
  private keepClear(): Rect[] {
    const host = this.host;
    const wrap = this.wrap;
    if (!host || !wrap) return [];
    const base = host.getBoundingClientRect();
    const whole = wrap.getBoundingClientRect();
    const out: Rect[] = [];
    const visit = (el: Element): void => {
      for (const child of el.children) {
        if (child === host) continue;
        const r = child.getBoundingClientRect();
        const area = r.width * r.height;
        if (area <= 0) continue;
        // A layer over the whole map: look at what is on it.
        if (area > whole.width * whole.height * 0.5) visit(child);
        else out.push({ x: r.x - base.x - 4, y: r.y - base.y - 4, width: r.width + 8, height: r.height + 8 });
      }
    };
    visit(wrap);
    return out;
  }

  /** Lay every name out for the cameras as they are now, and say where they went. */
  private relayout(state: GameState): void {
    const city = this.camera.city;
    const inset = this.camera.inset;
    if (!city || !inset) return;
    const compact = isCompact(city);
    this.layer.show(state, compact);
    const { width, height } = this.scene.scale;
    const canvas: Rect = { x: 0, y: 0, width, height };
    const cartouche = cartoucheBox(city, this.geo.city.sheet, canvas);
    const spec = layoutSpec(this.layer.areas, this.layer.shapes, state, this.labels, this.measure, { compact, changed: this.layer.changed });
    const placed = layoutMap(spec, { city, inset, canvas, fit: this.geo.city.fit, furniture: cartouche ? [cartouche] : [], keepClear: this.keepClear(), water: this.geo.city.water });
    const byId = new Map(placed.map((p) => [p.id, p]));
    this.view.applyLayout(byId, city, inset);
    this.view.layoutCartouche(cartouche, city);
    this.view.drawOffSheet(city);
    this.layer.applyLayout(byId, city, inset);
    this.report(placed, city, inset, cartouche);
  }

  /** The layout in the page, for the browser tests: every label's corners and every area's spot to click. */
  private report(placed: Placement[], city: View, inset: View, cartouche: Rect | null): void {
    const host = this.host;
    if (!host) return;
    const r = (n: number): number => Math.round(n * 10) / 10;
    const labels = placed.filter((p) => p.box).map((p) => ({ id: p.id, q: corners(p.box!).map(([x, y]) => [r(x), r(y)]), ...(p.overlaps ? { overlaps: true } : {}) }));
    const areas = this.layer.boxes().map((a) => {
      const p = placed.find((x) => x.id === `area:${a.id}`);
      const view = a.inset ? inset : city;
      const at = p?.box ? [p.box.cx, p.box.cy] : toScreen(view, a.point);
      return { id: a.id, x: r(at[0]!), y: r(at[1]!), tag: !!p?.box };
    });
    host.dataset.layout = JSON.stringify({ zoom: r(city.zoom * 1000) / 1000, compact: isCompact(city), inset: inset.viewport, cartouche, labels, areas });
  }

  /** Everything still on the map, as one picture per part (city, inset), leaving out `live`. */
  private bake(live: Phaser.GameObjects.GameObject[] = []): void {
    this.camera.sortAll();
    const keep = new Set<Phaser.GameObjects.GameObject>([...live, this.city.image, this.inset.image]);
    type Drawable = Phaser.GameObjects.Image;
    const all = this.scene.children.list.filter((o) => !keep.has(o)) as Drawable[];
    this.city.bake(all.filter((o) => o.depth <= DEPTH.traces));
    this.inset.bake(all.filter((o) => insetDepth(o.depth) && o.depth <= DEPTH.insetLabels));
  }

  /** The city's picture again, leaving out `live` (the inset's stands). */
  private bakeCity(live: Phaser.GameObjects.GameObject[]): void {
    this.camera.sortAll();
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
    const city = this.camera.city;
    if (!city) return;
    if (!force && this.city.isBaked && !this.layer.differs(state, isCompact(city))) return;
    if (this.playing) return;
    this.release();
    this.relayout(state);
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
          this.drag.x = p.x;
          this.drag.y = p.y;
        }
        return;
      }
      const area = this.areaAt(p);
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
      const area = this.areaAt(p);
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
    });
  }

  private areaAt(p: Phaser.Input.Pointer): string | null {
    const w = this.camera.worldAt(p.x, p.y);
    return this.layer.areaAt(w.x, w.y, w.inset);
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
      this.show(after, true);
      return;
    }
    const plan = planDay(this.scenario, this.layer.shapes, this.geo, before, after, report);
    // Areas of the inset change hands at the end, without a fade (it is one still picture).
    plan.changes = plan.changes.filter((c) => !this.layer.isInInset(c.area));
    this.skipped = false;
    const release = this.gate.hold();
    try {
      // The morning's marks go: the stamps are the evening's, of this day.
      this.layer.markChanges(null, null);
      // The work before the first mark moves, spread over frames so that none is dropped:
      // the side panel's evening first, then the still map, its copy at screen scale, then
      // the marks.
      if (!reduced) await betweenFrames();
      // The morning's map while the day plays (all but the plates that change hands, which
      // fade under it); the evening's once it is over.
      const shown = reduced ? after : before;
      this.shown = shown;
      const city = this.camera.city;
      if (city && this.city.isBaked && this.inset.isBaked && !this.layer.differs(shown, isCompact(city))) {
        // The inset's picture stands: only the city's is made again, without those plates.
        this.city.release();
        for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
        this.bakeCity(plan.changes.flatMap((c) => this.layer.plateImages(c.area)));
      } else {
        this.release();
        this.relayout(shown);
        for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
        this.bake(plan.changes.flatMap((c) => this.layer.plateImages(c.area)));
      }
      this.playing = true;
      if (!reduced && !this.skipped) {
        await betweenFrames();
        this.city.prepareScreen();
        await betweenFrames();
      }
      const played = this.animator.play(plan, seedOf(`${after.seed}/${report.date}`), reduced);
      if (this.skipped) this.animator.skip();
      await played;
    } finally {
      this.playing = false;
      this.layer.markChanges(before, after);
      this.show(after, true);
      release();
    }
  }

  /** Mark the areas that changed hands from `before` to `after` (outline and stamp), as after a day. */
  markChanges(before: GameState, after: GameState): void {
    this.layer.markChanges(before, after);
    if (this.shown) this.redraw(this.shown, true);
    this.gate.wake();
  }

  skip(): void {
    this.skipped = true;
    this.animator.skip();
  }

  clearTraces(): void {
    this.release();
    this.animator.clearTraces();
    this.layer.markChanges(null, null);
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
  }

  resetZoom(): void {
    this.camera.reset();
  }
}
