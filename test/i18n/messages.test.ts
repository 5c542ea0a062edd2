// The messages files against the code that reads them: every key the code asks for exists in English with as many
// values as it has placeholders, every message is used and explains itself to a translator, placeholders are
// consistent, every other locale only translates English keys, the manifest reads its words from _locales, and the UI
// has no words of its own left outside them. The code is read with TypeScript's parser, not with patterns.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { formatMessage, plural, t, textDirection, uiLanguage } from '../../src/shared/i18n.js';
import { EXPANSION, pseudoLocale, translatableLength, type Messages } from './pseudo-locale.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = join(ROOT, '_locales');
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const english = readJson<Messages>(join(LOCALES, 'en/messages.json'));
const keys = Object.keys(english);
const manifestText = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = filesUnder(join(ROOT, 'src')).map((path) => ({
  name: relative(ROOT, path),
  file: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
}));

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

interface Call {
  where: string;
  key: string;
  /** Values passed after the key; null when a spread makes the count unknowable. */
  values: number | null;
}

/** Every t('key', …) call with a literal key, and every plural(count, { one, other }, …) as calls of its two forms. */
function messageCalls(): Call[] {
  const calls: Call[] = [];
  for (const { name, file } of sources)
    visit(file, (node) => {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const where = `${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const spread = node.arguments.some(ts.isSpreadElement);
      const [first, second] = node.arguments;
      if (node.expression.text === 't' && first && ts.isStringLiteral(first))
        calls.push({ where, key: first.text, values: spread ? null : node.arguments.length - 1 });
      if (node.expression.text === 'plural' && second && ts.isObjectLiteralExpression(second))
        for (const property of second.properties)
          if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer))
            calls.push({ where, key: property.initializer.text, values: spread ? null : node.arguments.length - 1 });
    });
  return calls;
}

/** Every string literal in src (keys reach t() through typed tables too, e.g. src/options/labels.ts). */
function stringLiterals(): Set<string> {
  const found = new Set<string>();
  for (const { file } of sources)
    visit(file, (node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
    });
  return found;
}

const placeholderNames = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());

describe('_locales/en/messages.json', () => {
  it('has names the browser accepts, unique regardless of case, each with a message and a description', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(english[key]!.message.trim(), key).not.toBe('');
      expect(english[key]!.description?.trim() ?? '', `${key} needs a description for translators`).not.toBe('');
    }
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
    // JSON.parse keeps the last of two equal keys: count them in the text.
    const written = [...readFileSync(join(LOCALES, 'en/messages.json'), 'utf8').matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
    expect(written.length).toBe(keys.length);
  });

  it('has consistent placeholders: each named one is defined and used, numbered $1..$n once each, with an example', () => {
    for (const [key, entry] of Object.entries(english)) {
      const used = placeholderNames(entry.message);
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      expect(new Set(used), `${key}: placeholders used vs defined`).toEqual(new Set(defined));
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      expect([...contents].sort(), `${key}: placeholder contents`).toEqual(defined.map((_, i) => `$${i + 1}`));
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.example, key).toBeTruthy();
      // A bare $1 in the text would hide from translators what the value is.
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), key).not.toMatch(/\$[1-9]/);
    }
  });

  it('has every key the code asks for, with as many values as placeholders', () => {
    const calls = messageCalls();
    expect(calls.length).toBeGreaterThan(100);
    for (const call of calls) {
      expect(keys, `${call.where} asks for ${call.key}`).toContain(call.key);
      const wanted = Object.keys(english[call.key]?.placeholders ?? {}).length;
      if (call.values !== null) expect(call.values, `${call.where}: ${call.key} takes ${wanted} values`).toBe(wanted);
    }
  });

  it('has no message that nothing uses', () => {
    const literals = stringLiterals();
    const inManifest = new Set([...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]));
    const unused = keys.filter((key) => !literals.has(key) && !inManifest.has(key));
    expect(unused).toEqual([]);
  });
});

describe('manifest.json', () => {
  const manifest = JSON.parse(manifestText) as {
    default_locale?: string;
    name: string;
    description: string;
    action: { default_title: string };
    commands: Record<string, { description: string }>;
  };

  it('defaults to English and takes every word it shows from _locales', () => {
    expect(manifest.default_locale).toBe('en');
    const shown = [manifest.name, manifest.description, manifest.action.default_title, ...Object.values(manifest.commands).map((c) => c.description)];
    for (const text of shown) {
      expect(text).toMatch(/^__MSG_\w+__$/);
      expect(keys).toContain(text.slice(6, -2));
    }
  });

  it('fits the stores: a name of at most 45 characters, a description of at most 132', () => {
    expect(t('extName').length).toBeLessThanOrEqual(45);
    expect(t('extDescription').length).toBeLessThanOrEqual(132);
  });
});

describe('other locales', () => {
  const others = readdirSync(LOCALES).filter((dir) => dir !== 'en' && existsSync(join(LOCALES, dir, 'messages.json')));

  it.each(others.length > 0 ? others : ['(none yet)'])('%s translates only English keys, with the same placeholders', (dir) => {
    if (dir === '(none yet)') return;
    const translated = readJson<Messages>(join(LOCALES, dir, 'messages.json'));
    for (const [key, entry] of Object.entries(translated)) {
      expect(keys, `${dir}/${key}`).toContain(key);
      expect(new Set(placeholderNames(entry.message)), `${dir}/${key}`).toEqual(new Set(placeholderNames(english[key]!.message)));
    }
  });
});

describe('the UI has no words outside _locales', () => {
  // Text a person reads: JSX text and the attributes read aloud or shown. Symbols (✓, —, …) and example addresses are
  // not words to translate.
  const SHOWN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
  const isWords = (text: string) => /[A-Za-z]{2,}/.test(text) && !/^https?:\/\/\S+$/.test(text.trim());
  const UI = /^src\/(popup|options|ui|content\/ui)\//;

  it('writes no literal text in JSX', () => {
    const literal: string[] = [];
    for (const { name, file } of sources.filter((s) => UI.test(s.name)))
      visit(file, (node) => {
        const where = `${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isJsxText(node) && isWords(node.text)) literal.push(`${where} ${node.text.trim()}`);
        if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
          const value = node.initializer;
          const text = ts.isStringLiteral(value)
            ? value.text
            : ts.isJsxExpression(value) && value.expression && ts.isStringLiteral(value.expression)
              ? value.expression.text
              : '';
          if (isWords(text)) literal.push(`${where} ${node.name.getText()}="${text}"`);
        }
      });
    expect(literal).toEqual([]);
  });
});

describe('t() outside the extension (jsdom tests, Node)', () => {
  it('reads the bundled English messages and fills placeholders in their named order', () => {
    expect(t('popupOpenSettings')).toBe('Open settings');
    expect(t('replaceLabel', 'calm down', 'I understand')).toBe('Replace with “I understand”, instead of “calm down”');
    expect(t('popupSummary', 3, 5)).toBe('3 of 5 moves made');
    expect(uiLanguage()).toBe('en');
    expect(textDirection()).toBe('ltr');
  });

  it('follows the browser’s substitution rules: names ignore case, $$ is a dollar, a missing value is empty', () => {
    const entry = { message: 'Pay $Amount$ for $WHAT$ ($$) $X$', placeholders: { amount: { content: '$1' }, what: { content: '$2' } } };
    expect(formatMessage(entry, ['5', 'tea'])).toBe('Pay 5 for tea ($) $X$');
    expect(formatMessage(entry, ['5'])).toBe('Pay 5 for  ($) $X$');
  });

  it('picks the plural form by the UI language’s rules', () => {
    const forms = { one: 'popupFindingsOne', other: 'popupFindingsOther' } as const;
    expect(plural(1, forms)).toBe('1 phrase to fix');
    expect(plural(0, forms)).toBe('0 phrases to fix');
    expect(plural(2, forms)).toBe('2 phrases to fix');
  });
});

describe('the pseudo-locales the browser test uses', () => {
  it.each(['long', 'rtl'] as const)('%s: every message at least 40 percent longer, its placeholders intact', (variant) => {
    const pseudo = pseudoLocale(english, variant);
    for (const [key, entry] of Object.entries(english)) {
      const made = pseudo[key]!.message;
      expect(translatableLength(made), key).toBeGreaterThanOrEqual(Math.ceil(translatableLength(entry.message) * (1 + EXPANSION)));
      expect(placeholderNames(made), key).toEqual(placeholderNames(entry.message));
      expect(made.match(/\{\{[^}]*\}\}/g) ?? [], key).toEqual(entry.message.match(/\{\{[^}]*\}\}/g) ?? []);
      // No English letters left outside placeholders: an untranslated string would show up in the browser test.
      expect(made.replace(/\$[A-Za-z0-9_@]+\$|\{\{[^}]*\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });
});
