// Building report.html as a string, safely: the page quotes ticket bodies, agent names and file names, any of which may
// hold markup. Every interpolation in an `html` template is escaped unless it is already SafeHtml, so forgetting to
// escape is impossible; the only way in for unescaped markup is `trustedSvg`, kept for the charts vega renders.

/** Only this module holds the key, so only `html`, `trustedSvg` and `trustedCss` can make SafeHtml. */
const TRUSTED = Symbol('trusted markup');

/** Markup that is safe to put in the page as it is. */
export class SafeHtml {
  constructor(
    readonly markup: string,
    key: typeof TRUSTED,
  ) {
    if (key !== TRUSTED) throw new Error('SafeHtml is made by html`...`, trustedSvg or trustedCss only');
  }

  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it literally, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** What may be interpolated: text and numbers (escaped), SafeHtml (as is), lists of either, and nothing (skipped). */
type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function toMarkup(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are the page's own markup; every `${value}` is escaped unless it is SafeHtml. */
export function html(literals: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = literals[0] ?? '';
  values.forEach((value, i) => {
    markup += toMarkup(value) + (literals[i + 1] ?? '');
  });
  return new SafeHtml(markup, TRUSTED);
}

/**
 * An SVG document vega rendered. Vega escapes every text and attribute it writes; this only checks that what comes in
 * is one <svg> element with no script or foreign content in it, so that nothing but a chart can take this way in.
 */
export function trustedSvg(svg: string): SafeHtml {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg') || !trimmed.endsWith('</svg>')) throw new Error('trustedSvg: not an <svg> element');
  // Text is escaped by vega, so every '<' left is a real tag; attribute values are blanked before looking for
  // handlers, so an agent named 'x onload=y' in an aria-label is not mistaken for one.
  for (const tag of trimmed.match(/<[^>]*>/g) ?? []) {
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^<\/?(script|foreignObject|iframe|image|use|a)\b/i.test(names) || /\s(on\w+|href|xlink:href|src)\s*=/i.test(names)) {
      throw new Error(`trustedSvg: the SVG holds active or external content: ${tag.slice(0, 40)}`);
    }
  }
  return new SafeHtml(trimmed, TRUSTED);
}

/** The page's own stylesheet, for a <style> element (whose text is not decoded, so it cannot be escaped instead). */
export function trustedCss(css: string): SafeHtml {
  if (/<\/style/i.test(css)) throw new Error('trustedCss: the stylesheet would end its <style> element');
  return new SafeHtml(css, TRUSTED);
}
