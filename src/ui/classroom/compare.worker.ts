// The class comparison off the page's thread: every hand-in is played back and checked
// (a class of large files takes seconds), with a progress message after each entry.
import '../jitless';
import { compareClass } from '../../classroom/class-compare';
import { speakReports } from '../../classroom/language';
import type { CompareReply, CompareRequest } from './compareInWorker';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CompareRequest>) => void) | null; postMessage(message: CompareReply): void };

scope.onmessage = (e) => {
  const { lang, scenario, entries, titles } = e.data;
  // A worker has no page: the reasons are said in the language the page sent.
  speakReports(lang);
  try {
    const result = compareClass(scenario, entries, (done, total) => scope.postMessage({ type: 'progress', done, total }), (id) => titles[id]);
    scope.postMessage({ type: 'done', result });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
