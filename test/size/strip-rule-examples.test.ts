// The rules' test examples stay in the sources (test/engine/rules.test.ts runs them from there) and out of what ships:
// scripts/vite/strip-rule-examples.ts empties them in the extension build. If a rule file changes shape so that the
// plugin no longer finds its examples, or a new bundle escapes the plugin, these fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripRuleExamples } from '../../scripts/vite/strip-rule-examples.js';
import { RULES } from '../../src/engine/rules/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULE_DIRS = ['src/engine/rules/reply', 'src/engine/rules/customer'];
const ruleFiles = RULE_DIRS.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('stripRuleExamples', () => {
  it.each(ruleFiles)('empties the examples of %s and nothing else', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const { code, stripped } = stripRuleExamples(source, file);
    expect(stripped).toBe(1);
    expect(code).toContain('examples: {flag:[],pass:[]}');
    // Everything before the examples is untouched.
    expect(code.slice(0, source.indexOf('examples:'))).toBe(source.slice(0, source.indexOf('examples:')));
  });

  it('finds them in minified output, and leaves other `examples` alone', () => {
    const minified =
      'var r={id:"x",examples:{flag:["a}\\"]",`b`],pass:`c(d`.split(`(`)}},o={examples:{flag:[1],pass:[]}},p={examples:"text"};';
    expect(stripRuleExamples(minified)).toEqual({
      code: 'var r={id:"x",examples:{flag:[],pass:[]}},o={examples:{flag:[1],pass:[]}},p={examples:"text"};',
      stripped: 1,
    });
  });
});

describe.each(['dist', 'dist-firefox'])('%s/ (the store build)', (dir) => {
  // Example texts that appear nowhere in the sources once the examples are stripped (a rule's description may quote
  // one): finding one of these in the build means examples shipped.
  const otherSources = filesUnder(join(ROOT, 'src'), (name) => /\.(ts|tsx|json)$/.test(name))
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const isRule = RULE_DIRS.some((ruleDir) => relative(ROOT, path).split(sep).join('/').startsWith(ruleDir));
      return isRule ? stripRuleExamples(text, path).code : text;
    })
    .join('\n');
  const examples = RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]).filter(
    (text) => text.length >= 20 && !otherSources.includes(text) && !otherSources.includes(JSON.stringify(text).slice(1, -1)),
  );
  let built: string;
  try {
    built = filesUnder(join(ROOT, dir), (name) => /\.m?js$/.test(name))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
  } catch {
    throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  }

  it('ships the rules (so the check below is not vacuous)', () => {
    expect(examples.length).toBeGreaterThan(100);
    for (const rule of RULES) expect(built).toContain(rule.id);
  });

  it('ships none of their examples', () => {
    // A minifier may write a text with other quotes or escapes: look for its longest run of plain characters too.
    const shipped = examples.filter((text) => {
      const plain = text.split(/["'`\\\u2018-\u201d]/).sort((a, b) => b.length - a.length)[0] ?? '';
      return built.includes(text) || (plain.length >= 20 && built.includes(plain));
    });
    expect(shipped).toEqual([]);
  });
});
