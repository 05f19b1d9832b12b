// Keeping a game: the replay or the report as a downloaded file, or a code on the clipboard.
import type { Replay } from '../../replay';
import { h } from './dom';

/** A file name part from free text: letters, digits and hyphens. */
export const fileSafe = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

export function downloadJson(name: string, data: unknown): void {
  downloadText(name, JSON.stringify(data, null, 2));
}

/** A file of text, downloaded as it is. */
export function downloadText(name: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function replayFileName(replay: Replay, kind = ''): string {
  return `nineteen-days-${replay.scenario.id}-${fileSafe(replay.seed) || 'game'}-${replay.final.date}${kind ? `-${kind}` : ''}.json`;
}

export function downloadReplay(replay: Replay, kind = ''): void {
  downloadJson(replayFileName(replay, kind), replay);
}

/** Copy text, saying in `status` whether it worked (the clipboard may be refused). */
export function copyText(text: string, status: HTMLElement, copied = 'Copied.', refused = 'Select the code and copy it (Ctrl+C).'): void {
  const done = (ok: boolean): void => {
    status.textContent = ok ? copied : refused;
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
  else done(false);
}

/** Copy a link; when the clipboard is refused, the link is shown to be copied by hand. */
export function copyLink(link: string, status: HTMLElement): void {
  copyText(link, status, 'Link copied.', `Copy this link: ${link}`);
}
