// The end of a game at the keyboard: the end screen over the dimmed map, with the replay
// to keep (file, code, link), the ways on (the viewer, luck or choice, the fork's
// comparison) and the way back a day.
import type { ForkOrigin } from '../classroom/flows';
import { linkFor } from '../classroom/replayInput';
import { focusOn } from '../lib/focus';
import { replaceChildren } from '../lib/dom';
import { copyLink, copyText } from '../lib/share';
import type { UiContext } from '../panels/context';
import { endScreen } from '../panels/EndScreen';
import type { Session } from '../session';
import { page } from '../shell/page';

export interface EndActions {
  download(): void;
  viewer(): void;
  luck(): void;
  /** The original game and this fork side by side. */
  compareFork(origin: ForkOrigin): void;
  openDay(index: number): void;
  title(): void;
  back(): void;
}

/** Put the end screen up for the session, its headline focused. */
export function showEnd(ctx: UiContext, session: Session, fork: ForkOrigin | null, actions: EndActions): void {
  const el = endScreen(ctx, { final: session.state, days: session.dayEnds, replay: session.replay(), hash: session.hash, playerSides: session.playerSides }, {
    download: actions.download,
    viewer: actions.viewer,
    luck: actions.luck,
    ...(fork ? { compareFork: () => actions.compareFork(fork) } : {}),
    copyCode: (text, status) => copyText(text, status),
    copyLink: (code, status) => copyLink(linkFor(code), status),
    openDay: actions.openDay,
    newGame: actions.title,
    title: actions.title,
    back: actions.back,
  });
  replaceChildren(page.screenRoot, el);
  focusOn('h1', el);
  page.ready('end');
}
