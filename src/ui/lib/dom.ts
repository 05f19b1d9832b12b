// Building the interface's DOM. Text is always text: strings become text nodes, never
// markup, so nothing from a scenario or a replay can inject HTML.

type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
type Handlers = Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
type Attrs = { on?: Handlers; [key: string]: AttrValue | Handlers };

function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'on' || typeof value === 'object') continue;
    if (value === undefined || value === false) continue;
    if (key === 'style') throw new Error('inline style attributes are not allowed (CSP): use a class');
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const [event, handler] of Object.entries(attrs.on ?? {})) if (handler) el.addEventListener(event, handler);
}

/** An HTML element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replaceChildren(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el as T;
}

/** Tell screen readers something, politely. */
export function announce(text: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  // A fresh text node after a tick, so repeated messages are read again.
  requestAnimationFrame(() => {
    live.textContent = text;
  });
}
