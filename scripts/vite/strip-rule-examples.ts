// A Vite plugin for the extension build: each rule file (src/engine/rules/{reply,customer}/*.ts) carries
// `examples: { flag: [...], pass: [...] }`, the texts a generated test runs (test/engine/rules.test.ts reads the
// sources through vitest, not the bundle). Nothing at run time reads them, yet they were about a quarter of the
// engine's gzipped weight on every helpdesk page. The plugin empties them in the emitted JavaScript and leaves the rule
// files as they are, so the rule authors keep their examples beside their patterns.
//
// It works on the output, not on the modules: @crxjs/vite-plugin builds the standalone content script in a build of
// its own that runs no user plugins, so a module transform would never see the content script's copy of the rules.
// Every chunk passes renderChunk, and every emitted script asset (that IIFE among them) generateBundle.
import ts from 'typescript';
import type { Plugin } from 'vite';

const EMPTY_EXAMPLES = '{flag:[],pass:[]}';

const isText = (node: ts.Node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** A list of texts as written (`['a', 'b']`) or as a minifier rewrites a long one (`` `a(b`.split(`(`) ``). */
function isTextList(node: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isText);
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'split' &&
    isText(node.expression.expression) &&
    node.arguments.length === 1 &&
    isText(node.arguments[0]!)
  );
}

/** `examples: { flag: [texts], pass: [texts] }`, and nothing else: the shape of a rule's examples (rule.ts). */
function isRuleExamples(node: ts.Node, file: ts.SourceFile): node is ts.PropertyAssignment {
  if (!ts.isPropertyAssignment(node) || node.name.getText(file).replace(/["']/g, '') !== 'examples') return false;
  const value = node.initializer;
  if (!ts.isObjectLiteralExpression(value) || value.properties.length !== 2) return false;
  const names = value.properties.map((property) =>
    ts.isPropertyAssignment(property) && isTextList(property.initializer)
      ? property.name.getText(file).replace(/["']/g, '')
      : null,
  );
  return names.includes('flag') && names.includes('pass');
}

/**
 * `code` (TypeScript or JavaScript, minified or not) with every rule's `examples` emptied, and how many were. Found
 * through the TypeScript parser, not a regular expression: example texts hold braces, quotes and brackets of every
 * kind.
 */
export function stripRuleExamples(code: string, fileName = 'bundle.js'): { code: string; stripped: number } {
  // Parsing is the cost (about a second for the content script): skip what cannot hold any.
  if (!code.includes('examples')) return { code, stripped: 0 };
  const kind = /\.tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, kind);
  const spans: Array<{ start: number; end: number }> = [];
  const visit = (node: ts.Node): void => {
    if (isRuleExamples(node, file)) spans.push({ start: node.initializer.getStart(file), end: node.initializer.getEnd() });
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  // From the last span back, so earlier offsets stay valid.
  for (const { start, end } of spans.reverse()) out = out.slice(0, start) + EMPTY_EXAMPLES + out.slice(end);
  return { code: out, stripped: spans.length };
}

/** Place it after crx() in `plugins`: both run at the end, in that order, so the content script is already emitted. */
export function stripRuleExamplesPlugin(): Plugin {
  return {
    name: 'reply-coach-strip-rule-examples',
    apply: 'build',
    enforce: 'post',
    // Chunks before their names are hashed, so a name still tells one content from another.
    renderChunk(code, chunk) {
      return { code: stripRuleExamples(code, chunk.fileName).code, map: null };
    },
    // The content script that crx() built on its own arrives here as an asset.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !/\.m?js$/.test(output.fileName)) continue;
        const text = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
        output.source = stripRuleExamples(text, output.fileName).code;
      }
    },
  };
}
