// Keeping a game: the replay as a downloaded file, or its code on the clipboard.
import type { Replay } from '../../replay';
import { h } from './dom';

export function downloadReplay(replay: Replay): void {
  const blob = new Blob([JSON.stringify(replay, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `nineteen-days-${replay.scenario.id}-${replay.seed}-${replay.final.date}.json` });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy text, saying in `status` whether it worked (the clipboard may be refused). */
export function copyText(text: string, status: HTMLElement): void {
  const done = (ok: boolean): void => {
    status.textContent = ok ? 'Copied.' : 'Select the code and copy it (Ctrl+C).';
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
  else done(false);
}
