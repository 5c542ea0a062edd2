// One editor family mounted into a container with the draft "Hello": shared by the family's own test page and the
// Zendesk redesign page (zendesk-redesign.html), so both run the same real library set up the same way.
export interface Mounted {
  /** The editor's MODEL text, blocks joined by '\n' (never the DOM's, where the family has a model). */
  text(): string;
  /** What the editor would send: its serialized data (HTML, or the framework's state). */
  data(): string;
  /** The library's instance, for debugging and the tests that need it. */
  instance: unknown;
}

export type Mount = (container: HTMLElement) => Promise<Mounted>;

/** Load a classic script (self-hosted vendor copies: TinyMCE, CKEditor 4) once. */
export function loadScript(src: string): Promise<void> {
  const existing = document.querySelector(`script[src="${src}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** A fresh element under `container`. */
export function child<K extends keyof HTMLElementTagNameMap>(container: HTMLElement, tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  container.append(el);
  return el;
}
