import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

/** A saved page as a live jsdom document at `url` (scripts never run; resources never load). */
export function loadFixture(name: string, url = 'http://127.0.0.1/'): { dom: JSDOM; doc: Document } {
  // The jsdom environment replaces the global URL, so go through a path rather than a URL object.
  const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  return { dom, doc: dom.window.document };
}

export function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`fixture has no #${id}`);
  return el;
}

export function one(doc: ParentNode, selector: string): HTMLElement {
  const el = doc.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}
