// Moving the keyboard focus, the one way the interface does it: after a screen or a
// panel is redrawn, focus goes to its heading or to the control the player was using,
// so a keyboard or screen-reader user is not thrown back to the top of the page.

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Focus `target` (an element, or a selector looked up in `root`). An element that cannot
 * take focus by nature (a heading, a paragraph) is made focusable by script only
 * (tabindex -1), so it stays out of the Tab order. False when there was nothing to focus.
 */
export function focusOn(target: Element | string | null | undefined, root: ParentNode = document): boolean {
  const el = typeof target === 'string' ? root.querySelector(target) : target;
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if (!el.matches(FOCUSABLE)) el.setAttribute('tabindex', '-1');
  el.focus();
  return true;
}
