// The title screen: a new game (scenario, side, the other sides' policy, seed), the
// autosave to continue, or a replay to load from a file or a code.
import { reasonTail } from '../../history/words';
import type { PolicyId } from '../../engine';
import { MAX_SEED, POLICIES } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import { LOCALE } from '../../i18n';
import { longDate, t, words } from '../lib/words';
import { languageSwitch } from './language';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import type { SaveStatus } from '../saves';
import { emblem, sideBadge } from './emblem';
import { termMatcher, linkTerms } from './glossary';
import './TitleScreen.css';

export interface NewGameChoice {
  scenario: string;
  /** The sides the players lead (one, or several on one device). */
  sides: string[];
  policy: PolicyId;
  seed: string;
  /** The players' names (optional): the title screen says whose game "Continue" is. */
  names: string;
}

type LoadMode = 'play' | 'view';

interface TitleHandlers {
  newGame(choice: NewGameChoice): void;
  continueGame(): void;
  discardSave(): void;
  /** Download the save that could not be restored. */
  downloadSave(): void;
  /** Play the unrestorable save's choices again under the present rules. */
  playAgain(): void;
  /** Forget the saved game (a shared computer: the next player's title shows no one else's game). */
  forgetSave(): void;
  /** Load a replay from text (a file's or a code) to play on or to watch; returns a message when it cannot. */
  loadReplay(text: string, mode: LoadMode): string | null;
  classCompare(): void;
  glossary(): void;
  help(): void;
}

/** The menu's words for each policy, the reactive one first (the default). */
const POLICY_LABEL: Record<PolicyId, string> = {
  reactive: t('title:policy.reactive'),
  historical: t('title:policy.historical'),
  adaptive: t('title:policy.adaptive'),
  random: t('title:policy.random'),
};

const POLICY_TEXT: Record<PolicyId, string> = {
  reactive: t('title:policy.reactiveNote'),
  historical: t('title:policy.historicalNote'),
  adaptive: t('title:policy.adaptiveNote'),
  random: t('title:policy.randomNote'),
};

/** A fresh seed from the browser's crypto generator: never the game's streams, never Math.random. */
function randomSeed(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return `1956-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 8)}`;
}

export class TitleScreen {
  readonly el: HTMLElement;
  private body: HTMLElement;

  constructor(
    private readonly scenarios: Scenario[],
    private readonly save: SaveStatus,
    private readonly handlers: TitleHandlers,
  ) {
    this.body = h('div', { class: 'title-body' });
    this.el = h('main', { class: 'title-screen', 'aria-labelledby': 'title-h' }, h('div', { class: 'title-card' }, this.header(), this.notice(), this.menu(), this.body));
  }

  private header(): HTMLElement {
    return h(
      'header',
      { class: 'title-head' },
      emblem(64),
      h('h1', { id: 'title-h' }, t('title:name')),
      h('p', { class: 'subtitle' }, t('title:subtitle')),
      h('p', { class: 'lede' }, t('title:lede')),
      languageSwitch('title-language'),
    );
  }

  private notice(): HTMLElement | null {
    if (this.save.kind !== 'broken') return null;
    const { choices } = this.save;
    const button = (action: string, label: string, click: () => void, primary = false): HTMLElement =>
      h('button', { type: 'button', class: `button${primary ? ' primary' : ''}`, 'data-action': action, on: { click } }, label);
    return h(
      'div',
      { class: 'notice', role: 'alert', 'data-testid': 'save-problem' },
      h('h2', null, t('title:broken.head')),
      h('p', null, `${capitalFirst(this.save.reason)}.`),
      whose(this.save) ? h('p', { class: 'field-note', 'data-testid': 'save-owner' }, whose(this.save)) : null,
      choices
        ? h(
            'p',
            { 'data-testid': 'play-again-note' },
            t('title:broken.note'),
          )
        : null,
      h('p', null, t('title:broken.keep')),
      h(
        'div',
        { class: 'actions' },
        choices ? button('play-again', t('title:broken.playAgain'), () => this.handlers.playAgain(), true) : null,
        button('download-save', t('title:broken.download'), () => this.handlers.downloadSave(), !choices),
        button('new-game-after-problem', t('title:broken.newGame'), () => this.showNewGame()),
        button('discard-save', t('title:broken.discard'), () => this.handlers.discardSave()),
      ),
    );
  }

  private menu(): HTMLElement {
    const items: HTMLElement[] = [h('button', { type: 'button', class: 'button primary', 'data-action': 'new-game', on: { click: () => this.showNewGame() } }, t('title:newGame'))];
    if (this.save.kind === 'ok') {
      const owner = whose(this.save);
      items.push(
        h(
          'div',
          { class: 'continue-row' },
          h(
            'button',
            { type: 'button', class: 'button', 'data-action': 'continue', on: { click: () => this.handlers.continueGame() } },
            t('title:continue'),
            h('span', { class: 'button-note' }, this.save.summary),
            h('span', { class: 'button-note owner', 'data-testid': 'save-owner' }, owner),
          ),
          h('button', { type: 'button', class: 'button small quiet-button', 'data-action': 'forget-save', 'aria-label': t('title:forgetLabel', { owner }), on: { click: () => this.handlers.forgetSave() } }, t('title:forget')),
        ),
      );
    }
    items.push(
      h('button', { type: 'button', class: 'button', 'data-action': 'load-replay', on: { click: () => this.showLoad() } }, t('title:loadReplay'), h('span', { class: 'button-note' }, t('title:loadNote'))),
      h('button', { type: 'button', class: 'button', 'data-action': 'class-compare', on: { click: () => this.handlers.classCompare() } }, t('title:compare'), h('span', { class: 'button-note' }, t('title:compareNote'))),
      h('button', { type: 'button', class: 'button quiet-button', on: { click: () => this.handlers.help() } }, t('title:howToPlay')),
      h('button', { type: 'button', class: 'button quiet-button', on: { click: () => this.handlers.glossary() } }, t('common:glossary')),
    );
    return h('nav', { class: 'title-menu', 'aria-label': t('title:menu.label') }, ...items);
  }

  showNewGame(): void {
    const scenarios = this.scenarios;
    const form = h('form', { class: 'new-game', 'aria-labelledby': 'ng-h' });
    const scenarioSelect = h('select', { id: 'ng-scenario', name: 'scenario' });
    for (const s of scenarios) scenarioSelect.appendChild(h('option', { value: s.id, selected: s.id === 'campaign' }, s.title));
    const about = h('div', { class: 'scenario-about' });
    const sidesBox = h('fieldset', { class: 'sides' }, h('legend', null, t('title:ng.yourSide')));
    const modeOne = h('input', { type: 'radio', name: 'players', id: 'ng-mode-one', value: 'one', checked: true });
    const modeSeveral = h('input', { type: 'radio', name: 'players', id: 'ng-mode-hotseat', value: 'several' });
    const modeBox = h(
      'fieldset',
      { class: 'players-mode' },
      h('legend', null, t('title:ng.players')),
      h('div', { class: 'mode-choice' }, modeOne, h('label', { for: 'ng-mode-one' }, t('title:ng.one'))),
      h('div', { class: 'mode-choice' }, modeSeveral, h('label', { for: 'ng-mode-hotseat' }, t('title:ng.several'))),
    );
    const policy = h('select', { id: 'ng-policy', name: 'policy' });
    for (const p of POLICIES) policy.appendChild(h('option', { value: p, selected: p === 'reactive' }, POLICY_LABEL[p]));
    const policyNote = h('p', { class: 'field-note', id: 'ng-policy-note' }, POLICY_TEXT.reactive);
    policy.setAttribute('aria-describedby', 'ng-policy-note');
    policy.addEventListener('change', () => {
      policyNote.textContent = POLICY_TEXT[policy.value as PolicyId];
    });
    const seed = h('input', { id: 'ng-seed', name: 'seed', type: 'text', value: randomSeed(), maxlength: MAX_SEED, required: true, spellcheck: 'false', autocomplete: 'off' });
    const names = h('input', { id: 'ng-names', name: 'names', type: 'text', maxlength: 120, autocomplete: 'off', 'aria-describedby': 'ng-names-note' });
    const error = h('p', { class: 'field-error', role: 'alert' });

    const current = (): Scenario => scenarios.find((s) => s.id === scenarioSelect.value) ?? scenarios[0]!;
    const renderScenario = (): void => {
      const s = current();
      const matcher = termMatcher(s.glossary);
      replaceChildren(
        about,
        h('p', null, s.summary),
        h('p', { class: 'field-note' }, s.suggestedMinutes ? t('title:ng.spanMinutes', { start: longDate(s.start), end: longDate(s.end), minutes: s.suggestedMinutes }) : t('title:ng.span', { start: longDate(s.start), end: longDate(s.end) })),
        ...s.briefing.map((b) => {
          const p = h('p', { class: 'briefing' });
          p.appendChild(linkTerms(b.text, matcher, () => this.handlers.glossary()));
          return p;
        }),
      );
      const several = modeSeveral.checked && s.roles.length > 1;
      modeBox.hidden = s.roles.length < 2;
      replaceChildren(sidesBox, h('legend', null, several ? t('title:ng.playersSides') : t('title:ng.yourSide')));
      s.roles.forEach((role, i) => {
        const side = s.sides.find((x) => x.id === role.side);
        const id = `ng-side-${role.side}`;
        sidesBox.appendChild(
          h(
            'div',
            { class: 'side-choice' },
            several
              ? h('input', { type: 'checkbox', name: 'side', id, value: role.side, checked: s.roles.length <= 6 || i < 3 })
              : h('input', { type: 'radio', name: 'side', id, value: role.side, checked: i === 0 }),
            h(
              'label',
              { for: id },
              sideBadge(side),
              h('span', { class: 'role-brief' }, role.brief),
              h('span', { class: 'objectives' }, t('title:ng.objectives', { list: role.objectives.map((o, i) => (i ? reasonTail(o.text) : o.text)).join('; ') })),
              side?.account ? h('span', { class: 'account' }, t('title:ng.account', { account: side.account })) : null,
            ),
          ),
        );
      });
    };
    modeOne.addEventListener('change', renderScenario);
    modeSeveral.addEventListener('change', renderScenario);
    scenarioSelect.addEventListener('change', renderScenario);
    renderScenario();

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const s = current();
      const picked = [...form.querySelectorAll<HTMLInputElement>('input[name=side]:checked')].map((i) => i.value);
      const seedValue = seed.value.trim();
      if (modeSeveral.checked && s.roles.length > 1 && (picked.length < 2 || picked.length > 6)) {
        error.textContent = t('title:ng.tooFew');
        focusOn('input', sidesBox);
        return;
      }
      if (!seedValue || seedValue.length > MAX_SEED) {
        error.textContent = t('title:ng.seedLength', { max: MAX_SEED });
        focusOn(seed);
        return;
      }
      this.handlers.newGame({ scenario: s.id, sides: picked.length ? picked : s.roles.slice(0, 1).map((r) => r.side), policy: policy.value as PolicyId, seed: seedValue, names: names.value.trim() });
    });

    form.append(
      h('h2', { id: 'ng-h' }, t('title:newGame')),
      h('div', { class: 'field' }, h('label', { for: 'ng-scenario' }, t('title:ng.scenario')), scenarioSelect),
      about,
      modeBox,
      sidesBox,
      h('div', { class: 'field' }, h('label', { for: 'ng-policy' }, t('title:ng.policy')), policy, policyNote),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'ng-seed' }, t('title:ng.seed')),
        h('div', { class: 'seed-row' }, seed, h('button', { type: 'button', class: 'button small', on: { click: () => { seed.value = randomSeed(); } } }, t('title:ng.newSeed'))),
        h('p', { class: 'field-note' }, t('title:ng.seedNote')),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'ng-names' }, t('title:ng.names')),
        names,
        h('p', { class: 'field-note', id: 'ng-names-note' }, t('title:ng.namesNote')),
      ),
      error,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary', 'data-action': 'start' }, ''), h('button', { type: 'button', class: 'button', on: { click: () => this.clearBody() } }, t('common:cancel'))),
    );
    const startButton = form.querySelector<HTMLButtonElement>('[data-action=start]')!;
    const syncStart = (): void => {
      startButton.textContent = t('title:ng.begin', { date: dayMonthYear(current().start) });
    };
    scenarioSelect.addEventListener('change', syncStart);
    syncStart();
    replaceChildren(this.body, form);
    focusOn(scenarioSelect);
  }

  /** The replay form; `problem` is shown at once (a link whose code could not be read). */
  showLoad(problem = '', mode: LoadMode = 'play'): void {
    const error = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'load-error' }, problem);
    const file = h('input', { type: 'file', id: 'load-file', accept: '.json,.txt,application/json,text/plain' });
    const code = h('textarea', { id: 'load-code', rows: 4, spellcheck: 'false', placeholder: 'ND1.…' });
    const play = h('input', { type: 'radio', name: 'load-mode', id: 'load-mode-play', value: 'play', checked: mode === 'play' });
    const view = h('input', { type: 'radio', name: 'load-mode', id: 'load-mode-view', value: 'view', checked: mode === 'view' });
    const chosenMode = (): LoadMode => (view.checked ? 'view' : 'play');
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (!f) return;
      f.text().then(
        (text) => {
          error.textContent = this.handlers.loadReplay(text, chosenMode()) ?? '';
        },
        () => {
          error.textContent = t('title:lr.unreadable');
        },
      );
    });
    const submit = (m: LoadMode): void => {
      error.textContent = this.handlers.loadReplay(code.value, m) ?? '';
    };
    const form = h(
      'form',
      { class: 'load-replay', 'aria-labelledby': 'lr-h', on: { submit: (e) => { e.preventDefault(); submit(chosenMode()); } } },
      h('h2', { id: 'lr-h' }, t('title:loadReplay')),
      h('p', { class: 'field-note' }, t('title:lr.about')),
      h(
        'fieldset',
        { class: 'load-mode' },
        h('legend', null, t('title:lr.openTo')),
        h('div', { class: 'mode-choice' }, play, h('label', { for: 'load-mode-play' }, t('title:lr.playOn'))),
        h('div', { class: 'mode-choice' }, view, h('label', { for: 'load-mode-view' }, t('title:lr.watch'))),
      ),
      h('div', { class: 'field' }, h('label', { for: 'load-file' }, t('title:lr.file')), file),
      h('div', { class: 'field' }, h('label', { for: 'load-code' }, t('title:lr.code')), code),
      error,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button primary', 'data-action': 'load-code', on: { click: () => submit('play') } }, t('title:lr.playCode')),
        h('button', { type: 'button', class: 'button', 'data-action': 'view-code', on: { click: () => submit('view') } }, t('title:lr.watchCode')),
        h('button', { type: 'button', class: 'button', on: { click: () => this.clearBody() } }, t('common:cancel')),
      ),
    );
    replaceChildren(this.body, form);
    focusOn(problem ? code : file);
  }

  private clearBody(): void {
    replaceChildren(this.body);
    this.focusFirst();
  }

  /** The title's first button, where the keyboard starts. */
  focusFirst(): void {
    focusOn('[data-action=new-game]', this.el);
  }
}

/** Whose the saved game is, as far as the save says: the names given and when it was last saved. */
export function whose(save: { names: string; savedAt: string }): string {
  const when = savedWhen(save.savedAt);
  if (save.names) return when ? t('title:whose.byWhen', { names: save.names, when }) : t('title:whose.by', { names: save.names });
  return when ? t('title:whose.noneWhen', { when }) : t('title:whose.none');
}

function savedWhen(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(LOCALE[words.lang], { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "23 October 1956" / "1956. október 23.": the day without its weekday. */
function dayMonthYear(iso: string): string {
  return new Intl.DateTimeFormat(LOCALE[words.lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

const capitalFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
