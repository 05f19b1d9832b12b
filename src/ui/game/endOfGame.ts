// The end of a game at the keyboard: the end screen over the dimmed map, with the replay
// to keep (file, code, link), the ways on (the viewer, luck or choice, the fork's
// comparison) and the way back a day.
import type { ClassroomFlows, ForkOrigin } from '../classroom/flows';
import { linkFor } from '../classroom/replayInput';
import { focusOn } from '../lib/focus';
import { replaceChildren } from '../lib/dom';
import { copyLink, copyText, downloadReplay } from '../lib/share';
import type { UiContext } from '../panels/context';
import { endScreen } from '../panels/EndScreen';
import type { Session } from '../session';
import { page } from '../shell/page';
import type { Screens } from '../shell/screens';

interface EndShell {
  screens: Screens;
  flows: ClassroomFlows;
  title(): void;
}

/** The game's own ways back: an evening report to read again, and the last day to play again. */
interface EndActions {
  openDay(index: number): void;
  back(): void;
}

/** The end screen for the session, its headline focused, over the dimmed map. */
export function showEnd(ctx: UiContext, session: Session, fork: ForkOrigin | null, shell: EndShell, actions: EndActions): void {
  const { screens, flows } = shell;
  screens.show('end');
  const replay = session.replay();
  const el = endScreen(ctx, { final: session.state, days: session.dayEnds, replay, hash: session.hash, playerSides: session.playerSides }, {
    download: () => downloadReplay(session.replay()),
    viewer: () => flows.viewSession(session),
    luck: () => flows.luck(session.scenario, replay, session.state),
    ...(fork ? { compareFork: () => flows.compare(fork, session) } : {}),
    copyCode: (text, status) => copyText(text, status),
    copyLink: (code, status) => copyLink(linkFor(code), status),
    openDay: actions.openDay,
    newGame: shell.title,
    title: shell.title,
    back: actions.back,
  });
  replaceChildren(page.screenRoot, el);
  focusOn('h1', el);
  page.ready('end');
  screens.showScene();
}
