// "Luck or choice?" off the page's thread: the scenario, the setup and the player's
// choices come in a message; progress goes out after each chunk of games; a "cancel"
// message stops the run between two chunks, and the games played so far are summed up.
import '../jitless';
import { luckOrChoice } from '../../classroom/luck';
import { speakReports } from '../../classroom/language';
import type { LuckRequest, LuckReply } from './luckProtocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<LuckRequest>) => void) | null; postMessage(message: LuckReply): void };
let cancelled = false;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  // A worker has no page: the verdict is said in the language the page sent.
  speakReports(msg.lang);
  // About twenty progress reports a run, whatever its size.
  const chunk = Math.max(1, Math.min(25, Math.ceil(msg.games / 20)));
  luckOrChoice(msg.scenario, msg.base, msg.choices, msg.games, (done, total) => {
    scope.postMessage({ type: 'progress', done, total });
    return !cancelled;
  }, chunk).then(
    (result) => scope.postMessage({ type: 'done', result, cancelled }),
    (err: unknown) => scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
