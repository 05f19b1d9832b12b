// The command line's scenarios in a language: the translations on disk (src/disk) laid over the
// English; the loader never fails a game for a missing translation (the English shows).
import { scenarioTexts } from '../disk/translations';
import type { Language } from '../i18n';
import { localizeScenario } from '../scenario/texts';
import type { Scenario } from '../scenario/resolve';
import { DEFAULT_DIR } from './scenario-files';

/** The scenario in `lang`: its own folder's translations, over its base's. */
export function localized(scenario: Scenario, lang: Language): Scenario {
  if (lang === 'en') return scenario;
  return localizeScenario(scenario, scenarioTexts(scenario, lang, DEFAULT_DIR));
}
