// The way into a game: the loading page while the scenario files come in and are checked,
// the title (a new game, the autosave to continue, a replay to load, the class
// comparison), an exercise's briefing, links that carry a replay code, and the page
// shown when nothing can start.
import { SetupError } from '../../engine';
import { CODE_PREFIX } from '../../replay';
import type { Scenario, ScenarioIssue, ScenarioPart } from '../../scenario/resolve';
import { formatIssue } from '../../scenario/resolve';
import { showBriefing } from '../classroom/Briefing';
import type { ClassroomFlows } from '../classroom/flows';
import type { SeatTurn } from '../classroom/hotseat';
import { codeFromLocation } from '../classroom/replayInput';
import { h, replaceChildren } from '../lib/dom';
import { UiContext } from '../panels/context';
import { message } from '../panels/dialogs';
import { openGlossary } from '../panels/GlossaryDialog';
import { errorScreen, loadingScreen } from '../panels/startScreens';
import { TitleScreen } from '../panels/TitleScreen';
import type { NewGameChoice } from '../panels/TitleScreen';
import { restoreAutosave, sessionFromText, speakSaves } from '../saves';
import type { RestoredGame, SaveStatus } from '../saves';
import { buildScenarios, fetchScenarioParts, localizeShelf, scenarioFiles } from '../scenarios';
import { longDate, t, words } from '../lib/words';
import { Session } from '../session';
import { page } from '../shell/page';
import type { Screens } from '../shell/screens';
import type { Settings } from '../shell/Settings';
import { autosaveText, clearAutosave, setSaveOwner } from '../storage';
import { downloadReplay, downloadText } from '../lib/share';
import { focusOn } from '../lib/focus';
import { replayProblems, setupRefusal } from '../lib/refusal';
import { whose } from '../panels/TitleScreen';
import { playAgain } from '../replayAgain';
import type { PlayedAgain } from '../replayAgain';

interface TitleShell {
  screens: Screens;
  settings: Settings;
  flows: ClassroomFlows;
  /** Play a session at the keyboard (with the hot-seat turn it was saved with). */
  play(session: Session, seat?: SeatTurn | null): void;
  /** The game's report dialog, if one is open, closes as the title comes up. */
  leaveGame(): void;
  /** A link for another part of the page (the class online's): true when it took the screen. */
  route?(): boolean;
  /** Add to the title screen (the class online's entries). */
  decorateTitle?(el: HTMLElement): void;
}

export class TitleController {
  private shelf = new Map<string, Scenario>();
  private saveStatus: SaveStatus = { kind: 'none' };
  private restored: RestoredGame | null = null;
  private title: TitleScreen | null = null;
  private progress = 0;
  /** The save that could not be restored has been downloaded: a new game may replace it. */
  private downloaded = false;
  /** The stored save as it was when the title last read it. */
  private checkedText: string | null = null;

  constructor(private readonly shell: TitleShell) {
    speakSaves(words.lang);
  }

  /** The installed scenarios, once checked. */
  get scenarios(): ReadonlyMap<string, Scenario> {
    return this.shelf;
  }

  /** The campaign, or the first scenario there is: what the title's map shows. */
  defaultScenario(): Scenario | undefined {
    return this.shelf.get('campaign') ?? [...this.shelf.values()][0];
  }

  /**
   * Show the loading page and fetch the scenarios; the title (or a link's replay) follows
   * as soon as they are checked. The Preloader's bar follows the same progress.
   */
  start(): { progress: () => number; done: Promise<void> } {
    const bar = h('progress', { max: 100, value: 0, 'aria-label': t('shell:title.loadingScenarios') });
    replaceChildren(page.screenRoot, loadingScreen(bar));
    const done = fetchScenarioParts(scenarioFiles(), (fraction) => {
      this.progress = fraction;
      bar.value = Math.round(fraction * 100);
    }).then(async ({ parts, failures }) => this.scenariosFetched(parts, failures));
    return { progress: () => this.progress, done };
  }

  private async scenariosFetched(parts: ScenarioPart[], failures: ScenarioIssue[]): Promise<void> {
    performance.mark('nd:scenarios-fetched');
    let issues: ScenarioIssue[] = [...failures];
    try {
      const result = buildScenarios(parts);
      this.shelf = result.scenarios;
      issues = [...issues, ...result.issues];
      if (words.lang !== 'en' && !issues.length) {
        const localized = await localizeShelf(this.shelf, words.lang);
        this.shelf = localized.scenarios;
        // A missing translation is no reason to stop: the English shows, and the console says why.
        for (const f of localized.failures) console.warn(formatIssue(f));
      }
    } catch (e) {
      issues.push({ file: '(scenarios)', path: '', message: (e as Error).message });
    }
    performance.mark('nd:scenarios-checked');
    if (!this.shelf.size || issues.length) {
      this.showError(t('shell:title.scenariosFailed'), issues.map(formatIssue));
      return;
    }
    this.checkAutosave();
    if (this.shell.route?.()) return;
    const code = codeFromLocation(location);
    if (code === null) this.show();
    else this.openLink(code);
  }

  /** A link carrying a replay code opens the viewer; a bad code, the title with the reason. */
  openLink(code: string): void {
    const problem = code.startsWith(CODE_PREFIX) ? this.shell.flows.view(code) : t('shell:title.noCode', { prefix: CODE_PREFIX });
    if (!problem) return;
    this.show();
    this.title?.showLoad(t('shell:title.linkFailed', { problem }), 'view');
  }

  /** The title screen, beside the first morning's map. */
  show(): void {
    this.shell.leaveGame();
    // The game just left may have been saved since the title was last drawn.
    if (autosaveText() !== this.checkedText) this.checkAutosave();
    this.shell.screens.show('title');
    this.render();
    this.shell.screens.showScene();
  }

  /** The page when the game cannot start. */
  showError(title: string, lines: string[]): void {
    this.shell.screens.show('error');
    replaceChildren(page.screenRoot, errorScreen(title, lines));
  }

  private render(): void {
    const { flows, settings } = this.shell;
    const title = new TitleScreen([...this.shelf.values()], this.saveStatus, {
      newGame: (c) => this.newGame(c),
      continueGame: () => this.continueGame(),
      discardSave: () => this.forget(),
      downloadSave: () => this.downloadSave(),
      playAgain: () => this.playAgain(),
      forgetSave: () => this.confirmForget(),
      loadReplay: (text, mode) => (mode === 'view' ? flows.view(text) : this.loadReplay(text)),
      classCompare: () => flows.classCompare(),
      glossary: () => openGlossary(this.defaultScenario() ?? null),
      help: () => settings.openHelp(),
    });
    this.title = title;
    replaceChildren(page.screenRoot, title.el);
    this.shell.decorateTitle?.(title.el);
    title.focusFirst();
    page.ready('title');
    performance.mark('nd:title-interactive');
  }

  private checkAutosave(): void {
    this.checkedText = autosaveText();
    const { status, game } = restoreAutosave(this.shelf);
    if (status.kind !== 'broken') this.downloaded = false;
    this.saveStatus = status;
    this.restored = game;
  }

  /** The save is gone from this computer: the title offers no game to continue. */
  private forget(): void {
    clearAutosave();
    this.checkedText = null;
    this.saveStatus = { kind: 'none' };
    this.restored = null;
    this.downloaded = false;
    this.render();
  }

  private downloadSave(): void {
    if (this.saveStatus.kind !== 'broken') return;
    downloadText(this.saveStatus.file.name, this.saveStatus.file.text);
    this.downloaded = true;
  }

  /** Forget the saved game, after saying whose it is; its replay can be downloaded first. */
  private confirmForget(): void {
    const save = this.saveStatus;
    if (save.kind !== 'ok') return;
    const replay = this.restored?.session.replay() ?? null;
    message(
      t('shell:title.forgetQ'),
      [
        h('p', null, t('shell:sentence', { text: save.summary })),
        h('p', null, t('shell:sentence', { text: whose(save) })),
        h('p', null, t('shell:title.forgetAbout')),
      ],
      [
        ...(replay ? [{ label: t('shell:title.downloadThenForget'), action: () => { downloadReplay(replay); this.forget(); } }] : []),
        { label: t('shell:title.forgetIt'), action: () => this.forget() },
        { label: t('shell:title.keepIt'), primary: true, action: () => focusOn('[data-action=continue]', page.screenRoot) },
      ],
    );
  }

  /**
   * Before a game replaces a save that could not be restored: it is offered as a
   * download first, unless it has been downloaded already.
   */
  private beforeReplacing(go: () => void): void {
    const save = this.saveStatus;
    if (save.kind !== 'broken' || this.downloaded) return go();
    message(
      t('shell:title.keepBrokenQ'),
      [h('p', null, t('shell:title.keepBrokenAbout'))],
      [
        { label: t('shell:title.downloadThenStart'), primary: true, action: () => { this.downloadSave(); go(); } },
        { label: t('shell:title.startWithout'), action: go },
        { label: t('common:cancel'), action: () => undefined },
      ],
    );
  }

  /** The unrestorable save's choices, played again under the present rules as a new game. */
  private playAgain(): void {
    const save = this.saveStatus;
    if (save.kind !== 'broken' || !save.choices) return;
    const result = playAgain(this.shelf, save.choices);
    if (typeof result === 'string') {
      message(t('shell:title.cannotPlayAgain'), t('shell:sentence', { text: capitalFirst(result) }), [{ label: t('common:close'), primary: true, action: () => undefined }]);
      return;
    }
    this.beforeReplacing(() => {
      setSaveOwner(save.names);
      this.shell.play(result.session);
      message(t('shell:title.playedAgain'), playedAgainNote(result), [{ label: t('shell:title.playOn'), primary: true, action: () => undefined }]);
    });
  }

  private newGame(choice: NewGameChoice): void {
    this.beforeReplacing(() => this.startGame(choice));
  }

  private startGame(choice: NewGameChoice): void {
    const scenario = this.shelf.get(choice.scenario);
    if (!scenario) return;
    setSaveOwner(choice.names);
    const roles: Record<string, 'player'> = {};
    for (const s of choice.sides) roles[s] = 'player';
    try {
      const session = Session.start(scenario, { seed: choice.seed, roles, defaultPolicy: choice.policy });
      if (scenario.kind === 'exercise') this.brief(session);
      else this.shell.play(session);
    } catch (e) {
      // A bad setup said from the engine's code, in the page's language.
      const why = e instanceof SetupError ? t('shell:sentence', { text: capitalFirst(setupRefusal(scenario, e)) }) : (e as Error).message;
      message(t('shell:title.couldNotStart'), why, [{ label: t('common:close'), primary: true, action: () => undefined }]);
    }
  }

  /** An exercise's briefing, before its first morning. */
  private brief(session: Session): void {
    const { screens } = this.shell;
    screens.show('briefing');
    screens.showScene();
    const ctx = new UiContext(session.scenario, (id) => openGlossary(session.scenario, id));
    showBriefing(page.screenRoot, ctx, session.playerSides, { begin: () => this.shell.play(session), back: () => this.show() });
    page.ready('briefing');
  }

  private continueGame(): void {
    // Read again: another tab may have played on since the title came up.
    this.checkAutosave();
    if (this.restored && this.saveStatus.kind === 'ok') {
      setSaveOwner(this.saveStatus.names);
      this.shell.play(this.restored.session, this.restored.seat);
    } else this.render();
  }

  private loadReplay(text: string): string | null {
    const result = sessionFromText(this.shelf, text, replayProblems());
    if (typeof result === 'string') return result;
    this.beforeReplacing(() => {
      setSaveOwner('');
      this.shell.play(result);
    });
    return null;
  }
}

const capitalFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** What to tell the players once their choices were played again. */
function playedAgainNote(p: PlayedAgain): string {
  const parts = [t('shell:again.note')];
  if (p.skipped) parts.push(t('shell:again.skipped', { n: p.skipped }));
  if (p.stoppedAt) parts.push(t('shell:again.stopped', { date: longDate(p.stoppedAt) }));
  return parts.join(' ');
}

