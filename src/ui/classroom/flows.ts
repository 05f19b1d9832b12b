// The classroom's and testers' screens, and the ways between them: the replay viewer
// (from a file, a code or a link), what-if forks and their comparison, luck or choice,
// and the class comparison. The App hands over a small shell: the screens, the map, and
// the way into a playable game.
import type { GameState } from '../../engine';
import type { Replay } from '../../replay';
import type { Scenario } from '../../scenario/resolve';
import type { MapController } from '../host';
import { replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { replayProblems } from '../lib/refusal';
import { downloadReplay } from '../lib/share';
import { t } from '../lib/words';
import { UiContext } from '../panels/context';
import { openReport } from '../panels/DayReport';
import { openGlossary } from '../panels/GlossaryDialog';
import { MapOverlay } from '../panels/MapOverlay';
import type { Session } from '../session';
import { page } from '../shell/page';
import type { Screen } from '../shell/screens';
import { classCompareScreen } from './ClassCompare';
import { dayEnds, forkAt, playOn, viewedGame } from './fork';
import type { ForkSpec, ViewedGame } from './fork';
import { openLuck } from './LuckDialog';
import { readReplay } from './replayInput';
import { ReplayViewer } from './ReplayViewer';
import { openWhatIf } from './WhatIfDialog';
import type { ForkMode } from './WhatIfDialog';
import { whatIfScreen } from './WhatIfCompare';

type ClassroomScreen = Extract<Screen, 'viewer' | 'whatif' | 'classroom'>;

/** A game played from a fork: the original it left, and how. */
export interface ForkOrigin {
  original: ViewedGame;
  spec: ForkSpec;
}

interface Shell {
  scenarios(): Scenario[];
  /** Show a screen: the top bar and panel with the map for the viewer, the page alone otherwise. */
  show(screen: ClassroomScreen): void;
  map(): MapController | null;
  /** Play a session (a fork) at the keyboard. */
  play(session: Session, fork: ForkOrigin | null): void;
  title(): void;
}

export class ClassroomFlows {
  private viewer: ReplayViewer | null = null;
  private overlay: MapOverlay | null = null;

  constructor(private readonly shell: Shell) {}

  private ctx(scenario: Scenario): UiContext {
    return new UiContext(scenario, (id) => openGlossary(scenario, id));
  }

  /** The replay in some text, played back, or the one-line reason it cannot be. */
  gameFromText(text: string): ViewedGame | string {
    const replay = readReplay(text, replayProblems());
    if (typeof replay === 'string') return replay;
    const scenario = this.shell.scenarios().find((s) => s.id === replay.scenario.id);
    if (!scenario) return t('classroom:replay.unknownScenario', { id: replay.scenario.id });
    const game = viewedGame(scenario, replay);
    return typeof game === 'string' ? t('classroom:replay.cannotPlay', { reason: game }) : game;
  }

  /** Open text in the viewer; the reason when it cannot be opened. */
  view(text: string): string | null {
    const game = this.gameFromText(text);
    if (typeof game === 'string') return game;
    this.openViewer(game, 1);
    return null;
  }

  // ---- the viewer ----

  get viewerState(): GameState | null {
    return this.viewer?.state ?? null;
  }

  get viewerScenario(): Scenario | null {
    return this.viewer?.game.scenario ?? null;
  }

  get hover(): MapOverlay | null {
    return this.overlay;
  }

  openViewer(game: ViewedGame, start = 0): void {
    this.leave();
    const ctx = this.ctx(game.scenario);
    this.viewer = new ReplayViewer(ctx, game, page.topbar, page.panel, {
      title: () => this.shell.title(),
      glossary: () => openGlossary(game.scenario),
      report: (i) => {
        const days = dayEnds(game);
        openReport(ctx, days[i]!, days.slice(0, i + 1), { label: t('common:close'), onClose: () => undefined });
      },
      whatIf: (day) => this.whatIf(ctx, game, day),
      luck: () => openLuck(ctx, game.replay, game.final),
    }, start);
    this.shell.show('viewer');
    replaceChildren(page.screenRoot);
    this.overlay = new MapOverlay(page.mapWrap, ctx, (f) => (f === null ? this.shell.map()?.resetZoom() : this.shell.map()?.zoomBy(f)));
    this.viewer.render();
    focusOn('[data-testid=viewer-date]', page.panel);
    page.ready('viewer');
  }

  /** The Map scene is up: the viewer draws its day on it. */
  mapReady(map: MapController): void {
    this.viewer?.attachMap(map);
  }

  /** Leaving the viewer (for any other screen). */
  leave(): void {
    this.viewer?.dispose();
    this.viewer = null;
    this.overlay?.remove();
    this.overlay = null;
  }

  // ---- what if? ----

  private whatIf(ctx: UiContext, game: ViewedGame, day: number): void {
    openWhatIf(ctx, game, day, (spec, mode) => this.fork(game, spec, mode));
  }

  private fork(game: ViewedGame, spec: ForkSpec, mode: ForkMode): string | null {
    const session = forkAt(game, spec);
    if (typeof session === 'string') return session;
    if (mode === 'play') {
      this.leave();
      this.shell.play(session, { original: game, spec });
      return null;
    }
    playOn(session, game);
    this.compare({ original: game, spec }, session);
    return null;
  }

  /** The original and a fork side by side. */
  compare(origin: ForkOrigin, fork: Session): void {
    this.leave();
    const { original, spec } = origin;
    const ctx = this.ctx(original.scenario);
    const forkReplay = fork.replay();
    const forkGame = viewedGame(original.scenario, forkReplay);
    this.shell.show('whatif');
    replaceChildren(
      page.screenRoot,
      whatIfScreen(ctx, { original, spec, forkEnds: fork.dayEnds, forkFinal: fork.state, forkReplay }, {
        watchFork: () => {
          if (typeof forkGame !== 'string') this.openViewer(forkGame, spec.day);
        },
        watchOriginal: () => this.openViewer(original, spec.day),
        downloadFork: () => downloadReplay(forkReplay, 'what-if'),
        title: () => this.shell.title(),
      }),
    );
    focusOn('h1', page.screenRoot);
    page.ready('whatif');
  }

  // ---- luck or choice, for a game just played ----

  luck(scenario: Scenario, replay: Replay, final: GameState): void {
    openLuck(this.ctx(scenario), replay, final);
  }

  /** A finished or unfinished game of the player's, in the viewer. */
  viewSession(session: Session): void {
    const game = viewedGame(session.scenario, session.replay());
    if (typeof game !== 'string') this.openViewer(game, session.dayEnds.length);
  }

  // ---- the class ----

  classCompare(): void {
    this.leave();
    this.shell.show('classroom');
    const el = classCompareScreen(this.shell.scenarios(), {
      watch: (text) => void this.view(text),
      title: () => this.shell.title(),
      glossary: (s) => openGlossary(s),
    });
    replaceChildren(page.screenRoot, el);
    focusOn('#cc-scenario', el);
    page.ready('classroom');
  }
}
