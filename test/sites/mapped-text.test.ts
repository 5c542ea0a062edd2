// @vitest-environment jsdom
// The one walker's map back to the DOM: a span of the draft text is exactly its own place in the composer, the
// same words elsewhere do not count, and a map the page changed under points nowhere rather than at other words.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isRange } from '../../src/sites/mapped-text';
import { readEditable, readText } from '../../src/sites/dom-text';

function dom(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`, { pretendToBeVisual: true }).window.document;
}

const nth = (text: string, needle: string, n: number) => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  return at;
};

describe('readText: text plus the map back to the DOM', () => {
  it('maps the second of two equal phrases to the second, across blocks, collapsed spaces and inline markup', () => {
    const doc = dom('<div id="c"><p>Please   <b>calm</b> down.</p><p>&nbsp;Then, please calm down again.</p></div>');
    const root = doc.getElementById('c')!;
    const draft = readText(root);
    expect(draft.text).toBe('Please calm down.\nThen, please calm down again.');
    const second = nth(draft.text, 'calm down', 1);
    const place = draft.toDom(second, second + 'calm down'.length);
    expect(isRange(place)).toBe(true);
    const range = place as Range;
    expect(range.toString()).toBe('calm down');
    // In the second paragraph, not the first.
    expect(range.startContainer.parentElement!.closest('p')).toBe(root.querySelectorAll('p')[1]);
    const first = draft.toDom(draft.text.indexOf('calm down'), draft.text.indexOf('calm down') + 9) as Range;
    expect(first.toString()).toBe('calm down');
    expect(first.startContainer.parentElement!.tagName).toBe('B');
  });

  it('skips excluded subtrees and the extension\'s own UI without shifting the map', () => {
    const doc = dom('<div id="c">Sorry <span class="q">sorry</span><span data-reply-coach>x</span> for the wait, sorry.</div>');
    const draft = readText(doc.getElementById('c')!, { exclude: '.q' });
    expect(draft.text).toBe('Sorry for the wait, sorry.');
    const last = draft.text.lastIndexOf('sorry');
    const range = draft.toDom(last, last + 5) as Range;
    expect(range.toString()).toBe('sorry');
    expect(range.startContainer.textContent).toBe(' for the wait, sorry.');
  });

  it('points nowhere once the page changed the words under the map', () => {
    const doc = dom('<div id="c"><p>calm down, calm down</p></div>');
    const p = doc.querySelector('p')!;
    const draft = readText(doc.getElementById('c')!);
    p.firstChild!.textContent = 'you are right, really';
    expect(draft.toDom(11, 20)).toBeNull();
    p.remove();
    expect(draft.toDom(0, 9)).toBeNull();
  });

  it('added breaks alone map to nothing', () => {
    const doc = dom('<div id="c"><p>a</p><p>b</p></div>');
    const draft = readText(doc.getElementById('c')!);
    expect(draft.text).toBe('a\nb');
    expect(draft.toDom(1, 2)).toBeNull();
  });

  it('an emoji image maps to the image', () => {
    const doc = dom('<div id="c">ok <img data-emoji alt="🙂"> fine</div>');
    const draft = readText(doc.getElementById('c')!);
    expect(draft.text).toBe('ok 🙂 fine');
    const range = draft.toDom(3, 5) as Range;
    expect(range.cloneContents().querySelector('img')).not.toBeNull();
  });
});

describe('readEditable on a text field: value offsets', () => {
  it('maps through trimmed space and CRLF line ends to the value', () => {
    const doc = dom('<textarea id="t"></textarea>');
    const field = doc.getElementById('t') as HTMLTextAreaElement;
    field.value = '  Please calm down.\r\nI checked.\r\nPlease calm down.';
    const draft = readEditable(field);
    expect(draft.text).toBe('Please calm down.\nI checked.\nPlease calm down.');
    const second = draft.text.lastIndexOf('calm down');
    const span = draft.toDom(second, second + 9) as { start: number; end: number };
    expect(field.value.slice(span.start, span.end)).toBe('calm down');
    expect(span.start).toBe(field.value.lastIndexOf('calm down'));
    field.value = 'something else entirely, longer than before';
    expect(draft.toDom(second, second + 9)).toBeNull();
  });
});
