// The lint rules that keep page text out of HTML sinks (eslint.config.js) fire on each sink, and stay quiet on the
// safe ways to put text on screen: ESLint's Node API runs the project's own config on small samples.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rules that guard the sinks; the samples are fragments, so other rules (unused variables) are not their business. */
const SINK_RULES = new Set(['no-restricted-properties', 'no-restricted-syntax', 'no-eval', 'no-new-func', 'no-implied-eval']);

/** Sink rules reported for `code` as if it were a file of the content script (the config applies by path). */
async function rulesFiredOn(code: string, file = 'src/content/sample.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`sample does not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.map((m) => m.ruleId ?? 'none').filter((rule) => SINK_RULES.has(rule));
}

const text = 'declare const text: string; declare const el: HTMLElement;';

const SINKS: Array<[name: string, code: string, rule: string]> = [
  ['innerHTML', `${text} el.innerHTML = text;`, 'no-restricted-properties'],
  ['outerHTML', `${text} el.outerHTML = text;`, 'no-restricted-properties'],
  ['insertAdjacentHTML', `${text} el.insertAdjacentHTML('beforeend', text);`, 'no-restricted-properties'],
  ['document.write', `${text} document.write(text);`, 'no-restricted-syntax'],
  ['document.writeln', `${text} document.writeln(text);`, 'no-restricted-syntax'],
  ['ownerDocument.write', `${text} el.ownerDocument.write(text);`, 'no-restricted-syntax'],
  ['a document in a variable', `${text} const doc = el.ownerDocument; doc.write(text);`, 'no-restricted-syntax'],
  ['new DOMParser', `${text} const parser = new DOMParser(); void parser;`, 'no-restricted-syntax'],
  ['parseFromString', `${text} declare const p: DOMParser; el.append(p.parseFromString(text, 'text/html').body);`, 'no-restricted-properties'],
  ['dangerouslySetInnerHTML in JSX', `${text} export const V = () => <div dangerouslySetInnerHTML={{ __html: text }} />;`, 'no-restricted-syntax'],
  ['dangerouslySetInnerHTML in props', `${text} export const props = { dangerouslySetInnerHTML: { __html: text } };`, 'no-restricted-syntax'],
  ['srcdoc property', `${text} (el as HTMLIFrameElement).srcdoc = text;`, 'no-restricted-properties'],
  ['srcdoc attribute', `${text} el.setAttribute('srcdoc', text);`, 'no-restricted-syntax'],
  ['an on... attribute', `${text} el.setAttribute('onclick', text);`, 'no-restricted-syntax'],
  ['an ON... attribute, any case', `${text} el.setAttribute('OnError', text);`, 'no-restricted-syntax'],
  ['setAttributeNS on...', `${text} el.setAttributeNS(null, 'onload', text);`, 'no-restricted-syntax'],
  ['Range.createContextualFragment', `${text} el.append(document.createRange().createContextualFragment(text));`, 'no-restricted-properties'],
  ['setHTMLUnsafe', `${text} (el as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(text);`, 'no-restricted-properties'],
  ['execCommand insertHTML', `${text} document.execCommand('insertHTML', false, text);`, 'no-restricted-syntax'],
  ['eval', `${text} eval(text);`, 'no-eval'],
  ['new Function', `${text} new Function(text)();`, 'no-new-func'],
  ['setTimeout with a string of code', `setTimeout('document.title = "x"', 0);`, 'no-implied-eval'],
];

// The first lint loads typescript-eslint and the config: seconds on a busy 2-core machine, past Vitest's 5 s default.
const SLOW = { timeout: 60_000 };

describe('HTML sinks are lint errors', SLOW, () => {
  it.each(SINKS)('%s', async (_name, code, rule) => {
    expect(await rulesFiredOn(code)).toContain(rule);
  });

  it('…in every part of the extension, not just the content script', async () => {
    for (const file of ['src/popup/sample.tsx', 'src/options/sample.tsx', 'src/ui/sample.tsx', 'src/background/sample.ts']) {
      expect(await rulesFiredOn(`${text} el.innerHTML = text;`, file), file).toContain('no-restricted-properties');
      expect(await rulesFiredOn(`${text} document.write(text);`, file), file).toContain('no-restricted-syntax');
    }
  });
});

describe('the safe ways to show text pass', SLOW, () => {
  it.each([
    ['textContent', `${text} el.textContent = text;`],
    ['createElement + append', `${text} const p = document.createElement('p'); p.append(text); el.append(p);`],
    ['a data- attribute', `${text} el.setAttribute('data-reply-coach', text);`],
    ['an attribute that merely starts with "on" in its value', `${text} el.setAttribute('title', 'onclick');`],
    ['Preact text children', `${text} export const V = () => <p title={text}>{text}</p>;`],
    ['execCommand insertText', `${text} document.execCommand('insertText', false, text);`],
    ['a Node stream write', `declare const stream: { write(s: string): void }; stream.write('done');`],
  ])('%s', async (_name, code) => {
    expect(await rulesFiredOn(code)).toEqual([]);
  });
});
