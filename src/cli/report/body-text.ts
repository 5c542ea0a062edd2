// Ticket bodies can be HTML (Zendesk's html_body, CSV cells pasted from an editor). The report reads them as text,
// never renders them: html-to-text drops tags, scripts and images and decodes entities, so the engine sees the words;
// the page escapes every character it prints, so even text that looks like markup stays text.
import { convert } from 'html-to-text';

const OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
};

/** Whether a body is HTML rather than text that happens to mention a "<". */
function looksLikeHtml(body: string): boolean {
  return /<(?:p|div|br|span|a|b|i|strong|em|ul|ol|li|table|img|script|style|font|blockquote)\b[^>]*>/i.test(body);
}

export function textOfBody(body: string): string {
  return looksLikeHtml(body) ? convert(body, OPTIONS).trim() : body;
}
