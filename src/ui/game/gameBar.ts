// The game's bar over the map and what hangs from it: the evening reports, the briefing
// of an exercise, the glossary, reduced motion, the zoom, and the menu (keep the replay
// as a file, a code or a link; the days so far in the viewer; the title).
import { encodeReplayCode } from '../../replay';
import { openBriefing } from '../classroom/Briefing';
import { linkFor } from '../classroom/replayInput';
import { copyLink, copyText, downloadReplay } from '../lib/share';
import type { UiContext } from '../panels/context';
import { openGlossary } from '../panels/GlossaryDialog';
import { openGameMenu, openReportsList } from '../panels/menus';
import type { MenuTools } from '../panels/menus';
import { renderTopBar } from '../panels/TopBar';
import type { Session } from '../session';
import { page } from '../shell/page';
import type { Settings } from '../shell/Settings';

interface BarActions {
  back(): void;
  /** Open the evening report of day `index` (0-based), to read. */
  report(index: number): void;
  zoom(factor: number | null): void;
  viewer(): void;
  title(): void;
  /** Draw the bar again (a setting changed from the menu). */
  refresh(): void;
}

interface BarView {
  busy: boolean;
  /** Several players on one device: the side at the keyboard, null while the device passes. */
  activeSide?: string | null;
}

export function renderGameBar(ctx: UiContext, session: Session, settings: Settings, view: BarView, actions: BarActions): void {
  const state = session.state;
  renderTopBar(
    page.topbar,
    ctx,
    {
      // While the day plays, the bar keeps the day's date.
      date: view.busy ? (state.report?.date ?? state.date) : state.date,
      playerSides: session.playerSides,
      daysPlayed: session.dayEnds.length,
      reduceMotion: settings.reduceMotion,
      busy: view.busy,
      activeSide: view.activeSide,
    },
    {
      reports: () => openReportsList(session.dayEnds, actions.report),
      ...(ctx.scenario.kind === 'exercise' ? { briefing: () => void openBriefing(ctx, session.playerSides) } : {}),
      back: actions.back,
      glossary: () => openGlossary(ctx.scenario),
      help: () => settings.openHelp(),
      menu: () =>
        openMenu(session, actions, {
          ...(session.dayEnds.length && !view.busy ? { reports: () => openReportsList(session.dayEnds, actions.report) } : {}),
          back: actions.back,
          ...(ctx.scenario.kind === 'exercise' ? { briefing: () => void openBriefing(ctx, session.playerSides) } : {}),
          glossary: () => openGlossary(ctx.scenario),
          help: () => settings.openHelp(),
          reduceMotion: settings.reduceMotion,
          setReduceMotion: (on) => {
            settings.reduceMotion = on;
            actions.refresh();
          },
        }),
      reduceMotion: (on) => {
        settings.reduceMotion = on;
      },
      zoom: actions.zoom,
    },
  );
}

function openMenu(session: Session, actions: BarActions, tools: MenuTools): void {
  openGameMenu(encodeReplayCode(session.replay()), session.hash, {
    download: () => downloadReplay(session.replay()),
    copy: (text, status) => copyText(text, status),
    copyLink: (code, status) => copyLink(linkFor(code), status),
    viewer: actions.viewer,
    title: actions.title,
  }, tools);
}
