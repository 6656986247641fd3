/**
 * DOM helpers. The console never uses inline styles or handlers (strict CSP), and text from
 * the API goes into the page as text; only fields the server sends as sanitized HTML go
 * through `htmlBlock` / `setSafeHtml`.
 */

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`console: #${id} is missing from index.html`);
  return node as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; id?: string; attrs?: Record<string, string> } = {},
  children: Array<Node | string | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** Server-sanitized HTML (snippets: escaped text with <mark> only; article sections). */
export function setSafeHtml(node: HTMLElement, html: string): void {
  node.innerHTML = html;
  for (const a of Array.from(node.querySelectorAll<HTMLAnchorElement>('a[href^="http"]'))) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
}

/** A div whose content is server-sanitized HTML. */
export function htmlBlock(className: string, html: string): HTMLDivElement {
  const div = el('div', { className });
  setSafeHtml(div, html);
  return div;
}

/** Says something to screen readers (the page's polite live region). */
export function announce(message: string): void {
  byId<HTMLParagraphElement>('announce').textContent = message;
}

/** True when a key press belongs to a text field (its keys are not ours). */
export function isTyping(target: EventTarget | null): boolean {
  const node = target as HTMLElement | null;
  return !!node && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));
}

/** A titled block of the article pane. */
export function block(className: string, heading: string, headingId: string, children: Array<Node | null>, headExtra?: Node): HTMLElement {
  return el('section', { className: `a-block ${className}`, attrs: { 'aria-labelledby': headingId } }, [
    el('div', { className: 'block-head' }, [el('h3', { className: 'block-title', id: headingId, text: heading }), headExtra ?? null]),
    ...children,
  ]);
}
