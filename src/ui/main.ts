// The browser entry: fonts and styles, the interface (on screen at once), then the
// Phaser game for the map, loaded alongside.
import { z } from 'zod';
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

// The scenario schema is checked without generated code: the page's Content Security
// Policy allows no eval, and zod's probe for it would be reported as a violation.
z.config({ jitless: true });
// The stylesheets' colours (--paper, --ink…), from the one table the map's palette uses too.
applyColours();

const app = new App();
app.start();
import('./phaserGame').then(
  ({ createGame }) => app.attach(createGame(app.host)),
  (e: unknown) => app.fatal('The map could not be loaded', [String(e)]),
);
