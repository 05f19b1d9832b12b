// The page's side of the class comparison's worker: the entries go in, progress and the
// comparison come out. Where no worker can start, the comparison runs on the page.
import { compareClass } from '../../classroom';
import type { ClassComparison, ClassEntry } from '../../classroom';
import type { Scenario } from '../../scenario/resolve';
import type { Language } from '../../i18n';
import { t, words } from '../lib/words';

export interface CompareRequest {
  /** The page's language, which the reasons a game is left out are written in. */
  lang: Language;
  scenario: Scenario;
  entries: ClassEntry[];
  /** Scenario id → its title in the page's language. */
  titles: Record<string, string>;
}

export type CompareReply = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ClassComparison } | { type: 'error'; message: string };

export function compareInWorker(scenario: Scenario, entries: ClassEntry[], progress: (done: number, total: number) => void, titles: Record<string, string> = {}): Promise<ClassComparison> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(compareClass(scenario, entries, progress, (id) => titles[id]));
  }
  return new Promise((done, fail) => {
    const stop = (): void => worker.terminate();
    worker.onmessage = (e: MessageEvent<CompareReply>) => {
      const msg = e.data;
      if (msg.type === 'progress') progress(msg.done, msg.total);
      else if (msg.type === 'done') {
        stop();
        done(msg.result);
      } else {
        stop();
        fail(new Error(msg.message));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      fail(new Error(e.message || t('classroom:class.workerStopped')));
    };
    worker.postMessage({ lang: words.lang, scenario, entries, titles } satisfies CompareRequest);
  });
}
