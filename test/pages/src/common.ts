import type { Mounted } from './mounts/types';
// Shared by every test page: the hooks the browser tests read. `__editorText(name?)` returns the editor's MODEL text
// (never the DOM's), `__editorReady` settles once the editor is mounted.
export type TextReader = (name?: string) => string;

declare global {
  interface Window {
    __editorText: TextReader;
    /** What the editor would send (its serialized data: HTML, or JSON for Draft/Slate/Lexical). */
    __editorData?: TextReader;
    __editorReady: Promise<void> | boolean;
    __editors?: Record<string, unknown>;
  }
}

export function expose(read: TextReader, ready: Promise<unknown> | boolean = true): void {
  window.__editorText = read;
  window.__editorReady = typeof ready === 'boolean' ? ready : ready.then(() => undefined);
}

export function exposeData(read: TextReader): void {
  window.__editorData = read;
}

/** Markup of a DOM subtree, for pages whose DOM is the model (Gmail, plain contenteditable). */
export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** Keep a reference for debugging from the console (and tests that need the instance). */
export function keep(name: string, editor: unknown): void {
  window.__editors = { ...(window.__editors ?? {}), [name]: editor };
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`test page: #${id} is missing`);
  return el as T;
}

/** Tiny DOM builder (no HTML strings). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Expose a mounted editor (mounts/*.ts) as the page's editor: its model text, its data, its instance. */
export function exposeMounted(mounting: Promise<Mounted>, name = 'editor'): void {
  const ready = mounting.then((mounted) => {
    keep(name, mounted.instance);
    exposeData(() => mounted.data());
    expose(() => mounted.text(), true);
  });
  expose(() => '', ready);
}
