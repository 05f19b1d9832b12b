// The browser entry: fonts, the page-wide styles and the colours, the interface (on
// screen at once), then the Phaser game for the map, loaded alongside.
//
// The room's layout: app.ts puts together shell/ (the page's frame, the table of screens,
// the Phaser host adapter, the settings), title/ (loading and the title), game/ (the turn
// loop at the keyboard, the hot seat, the end) and classroom/ (viewer, what-if, luck or
// choice, class comparison). A Session holds a game's states and actions and makes its
// replay; panels/ build the DOM (text always as text); map/ and scenes/ draw with Phaser;
// each component imports its own stylesheet, and theme/tokens.ts holds every colour.
// First: zod is set to check without generated code before any module builds a schema.
import './jitless';
import '@fontsource/libre-baskerville/latin-400.css';
import '@fontsource/libre-baskerville/latin-ext-400.css';
import '@fontsource/libre-baskerville/latin-400-italic.css';
import '@fontsource/libre-baskerville/latin-ext-400-italic.css';
import '@fontsource/libre-baskerville/latin-700.css';
import '@fontsource/libre-baskerville/latin-ext-700.css';
import '@fontsource/courier-prime/latin-400.css';
import '@fontsource/courier-prime/latin-ext-400.css';
import '@fontsource/courier-prime/latin-700.css';
import '@fontsource/courier-prime/latin-ext-700.css';
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-ext-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-sans/latin-ext-600.css';
import './styles/base.css';
import './styles/common.css';
import { App } from './app';
import { applyColours } from './theme/tokens';
import { t } from './lib/words';

// The stylesheets' colours (--paper, --ink…), from the one table the map's palette uses too.
applyColours();

const app = new App();
app.start();
import('./phaserGame').then(
  ({ createGame }) => app.attach(createGame(app.host)),
  (e: unknown) => app.fatal(t('shell:page.mapFailed'), [String(e)]),
);
