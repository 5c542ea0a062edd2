// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cutAtSignatureDelimiter, emailIn, extractText, firstNameOf } from '../../src/sites/dom-text';
import { hasLayout, isVisible } from '../../src/sites/visibility';

function body(html: string): HTMLElement {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`, { pretendToBeVisual: true }).window.document;
  return doc.body;
}

describe('extractText', () => {
  it('turns blocks and <br> into line breaks and collapses whitespace', () => {
    expect(extractText(body('<p>Hi  there,</p>\n  <p>line<br>two</p><p><br></p><p>end</p>'))).toBe('Hi there,\nline\ntwo\n\nend');
    expect(extractText(body('<div>a<br></div><div>b</div>'))).toBe('a\nb');
    expect(extractText(body('Hello <b>big</b> <i>world</i>&nbsp;!'))).toBe('Hello big world !');
    expect(extractText(body('<ul><li>one</li><li>two</li></ul><pre>  keep\n  this</pre>'))).toBe('one\ntwo\nkeep\nthis');
  });

  it('skips scripts, styles, hidden parts, controls and the extension\'s UI', () => {
    const el = body(
      '<p>keep</p><script>bad()</script><style>p{}</style><p hidden>no</p><p style="display:none">no</p>' +
        '<span data-reply-coach="x">no</span><button>no</button><template><p>no</p></template><p>also</p>',
    );
    expect(extractText(el)).toBe('keep\nalso');
    expect(extractText(body('<p>a</p><q class="x">b</q>'), { exclude: '.x' })).toBe('a');
  });

  it('keeps markup-looking text, emoji and RTL as text, drops control characters', () => {
    expect(extractText(body('&lt;img src=x onerror=alert(1)&gt; 🙂 <bdi>שלום</bdi>&#7;!'))).toBe('<img src=x onerror=alert(1)> 🙂 שלום!');
  });

  it('caps the length', () => {
    expect(extractText(body(`<p>${'a'.repeat(50)}</p>`), { maxChars: 10 })).toBe('a'.repeat(10));
  });
});

describe('text helpers', () => {
  it('cuts at the signature delimiter', () => {
    expect(cutAtSignatureDelimiter('Hi\nthanks\n-- \nSam')).toBe('Hi\nthanks');
    expect(cutAtSignatureDelimiter('a -- b')).toBe('a -- b');
  });

  it('finds first names and addresses', () => {
    expect(firstNameOf('Dana Whitfield')).toBe('Dana');
    expect(firstNameOf('Whitfield, Dana')).toBe('Dana');
    expect(firstNameOf('Dr. María González')).toBe('María');
    expect(firstNameOf('Sam Rivera <sam@example.com>')).toBe('Sam');
    expect(firstNameOf('sam@example.com')).toBeNull();
    expect(firstNameOf('   ')).toBeNull();
    expect(firstNameOf(null)).toBeNull();
    expect(emailIn('Google Account: Sam (Sam.Rivera@Example.com)')).toBe('sam.rivera@example.com');
    expect(emailIn('no address')).toBeNull();
  });
});

describe('isVisible', () => {
  it('honours hidden, inert, aria-hidden, display and visibility on the element or an ancestor', () => {
    const b = body(
      '<div id="ok"><span id="in">x</span></div><div hidden><p id="h">x</p></div><div inert><p id="i">x</p></div>' +
        '<div aria-hidden="true"><p id="a">x</p></div><div style="display:none"><p id="d">x</p></div>' +
        '<p id="v" style="visibility:hidden">x</p>',
    );
    const get = (id: string) => b.ownerDocument.getElementById(id);
    expect(isVisible(get('ok'))).toBe(true);
    expect(isVisible(get('in'))).toBe(true);
    for (const id of ['h', 'i', 'a', 'd', 'v']) expect(isVisible(get(id)), id).toBe(false);
    expect(isVisible(b.ownerDocument.createElement('p'))).toBe(false); // not connected
    expect(isVisible(null)).toBe(false);
  });

  it('uses client rects only when the document has layout', () => {
    const b = body('<p id="p">x</p>');
    const doc = b.ownerDocument;
    const p = doc.getElementById('p') as HTMLElement;
    expect(hasLayout(doc)).toBe(false);
    expect(isVisible(p)).toBe(true);
    const rects = (n: number) => () => ({ length: n }) as unknown as DOMRectList;
    doc.documentElement.getClientRects = rects(1);
    p.getClientRects = rects(0);
    expect(hasLayout(doc)).toBe(true);
    expect(isVisible(p)).toBe(false);
    p.getClientRects = rects(1);
    expect(isVisible(p)).toBe(true);
  });
});
