// Dialogs: a modal <dialog> with a title, a body and buttons, that gives focus back to
// where it came from when it closes.
import { h } from '../lib/dom';
import { focusOn } from '../lib/focus';
import './dialogs.css';

interface DialogOptions {
  title: string;
  className?: string;
  /** Label of the close button; none when omitted. */
  close?: string;
  onClose?: () => void;
  /** Non-modal: the rest of the page stays usable. */
  modeless?: boolean;
}

export class Dialog {
  readonly el: HTMLDialogElement;
  readonly body: HTMLElement;
  readonly footer: HTMLElement;
  private returnTo: Element | null = null;

  constructor(private readonly opts: DialogOptions) {
    const titleId = `dlg-${Math.abs(hashCode(opts.title + (opts.className ?? '')))}-${counter++}`;
    this.body = h('div', { class: 'dialog-body' });
    this.footer = h('div', { class: 'dialog-footer' });
    this.el = h('dialog', { class: `dialog ${opts.className ?? ''}`.trim(), 'aria-labelledby': titleId }, h('h2', { id: titleId, class: 'dialog-title' }, opts.title), this.body, this.footer);
    if (opts.close) this.footer.appendChild(h('button', { type: 'button', class: 'button primary', 'data-action': 'close', on: { click: () => this.close() } }, opts.close));
    this.el.addEventListener('close', () => {
      this.el.remove();
      this.opts.onClose?.();
      // Back where the focus was; if that control has gone (redrawn, or the page behind
      // changed), to the heading of what is on screen now, never to the page's body.
      if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
      if (this.returnTo !== document.body && focusOn(this.returnTo)) return;
      focusOn(document.querySelector('#screen-root h1, #side-panel:not([hidden]) h1'));
    });
  }

  open(): this {
    this.returnTo = document.activeElement;
    document.body.appendChild(this.el);
    if (this.opts.modeless) this.el.show();
    else this.el.showModal();
    focusOn(this.el.querySelector('[autofocus], [data-autofocus]') ?? this.el.querySelector('.dialog-title'));
    return this;
  }

  close(): void {
    if (this.el.open) this.el.close();
  }

  get isOpen(): boolean {
    return this.el.open;
  }
}

let counter = 0;
function hashCode(s: string): number {
  let x = 0;
  for (let i = 0; i < s.length; i++) x = (Math.imul(x, 31) + s.charCodeAt(i)) | 0;
  return x;
}

/** A short message with one or more buttons. */
export function message(title: string, text: string | Node[], buttons: { label: string; primary?: boolean; action: () => void }[]): Dialog {
  const d = new Dialog({ title, className: 'message' });
  for (const t of typeof text === 'string' ? [h('p', null, text)] : text) d.body.appendChild(t);
  for (const b of buttons) {
    d.footer.appendChild(
      h('button', { type: 'button', class: `button${b.primary ? ' primary' : ''}`, on: { click: () => { d.close(); b.action(); } } }, b.label),
    );
  }
  return d.open();
}
