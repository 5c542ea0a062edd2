#!/usr/bin/env node
// `node scripts/dead-exports.mjs`: exports of src/ that no other module imports, read with the TypeScript compiler
// (the project's tsconfig.json, so tests, bench and scripts count as importers). Neither knip nor ts-prune is a
// dependency here; this is the part of them the project needs.
//
// An import is followed through re-exports to the declaration it names (`import { x } from './index.js'` uses the x
// that index.ts re-exports). A namespace import or a dynamic import() uses every export of its module. The exports of
// ENTRY_POINTS are public (the CLI bundle, the engine bundle that bench/ and eval/ load as built JavaScript).
//
// Prints one line per dead export: file, name, and whether its own module still uses it (then only `export` goes)
// or nothing does (then the declaration goes too). `--tests-count-not` also lists exports only tests import.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The CLI, the engine bundle (bench/, eval/), and the insertion module the browser tests load as window.__replyCoachInsert
// (vite.pages.config.ts).
const ENTRY_POINTS = new Set(['src/engine/index.ts', 'src/cli/main.ts', 'src/content/insert/index.ts']);
const testsCountNot = process.argv.includes('--tests-count-not');

const config = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const checker = program.getTypeChecker();
const rel = (file) => relative(ROOT, file.fileName ?? file);
const projectFiles = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !rel(file).startsWith('..') && !rel(file).includes('node_modules'));
const isTest = (file) => rel(file).startsWith('test/');

/** Every symbol an alias chain passes through, down to the declaration. */
function chain(symbol) {
  const seen = [];
  let current = symbol;
  while (current && !seen.includes(current)) {
    seen.push(current);
    if (!(current.flags & ts.SymbolFlags.Alias)) break;
    current = checker.getImmediateAliasedSymbol(current);
  }
  return seen;
}

const used = new Set();
const useAll = (moduleSymbol) => {
  for (const exported of checker.getExportsOfModule(moduleSymbol)) for (const s of chain(exported)) used.add(s);
};

for (const file of projectFiles) {
  if (testsCountNot && isTest(file)) continue;
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const target = checker.getSymbolAtLocation(node.moduleSpecifier);
      if (target) {
        const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
        if (ts.isExportDeclaration(node)) {
          // `export * from` re-exports: what they pass on is counted where it is imported.
          if (node.exportClause && ts.isNamedExports(node.exportClause))
            for (const element of node.exportClause.elements) {
              const symbol = checker.getSymbolAtLocation(element.name);
              // A re-export is used only when its own name is imported: it is marked from the importer's chain.
              if (symbol && ENTRY_POINTS.has(rel(file))) for (const s of chain(symbol)) used.add(s);
            }
          else if (node.exportClause && ts.isNamespaceExport(node.exportClause)) useAll(target);
        } else if (clause) {
          if (clause.name) for (const s of chain(checker.getSymbolAtLocation(clause.name))) used.add(s);
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) useAll(target);
          else if (bindings) for (const element of bindings.elements) for (const s of chain(checker.getSymbolAtLocation(element.name))) used.add(s);
        }
      }
    }
    // import('./x.js') in code, or import('./x.js').T in a type: every export counts as used.
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      const target = checker.getSymbolAtLocation(node.arguments[0]);
      if (target) useAll(target);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const target = checker.getSymbolAtLocation(node.argument.literal);
      if (target) useAll(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** How many times `symbol` is named in `file` outside its own declarations. */
function localUses(file, symbol) {
  let count = 0;
  const declarations = new Set((symbol.declarations ?? []).map((d) => d.name).filter(Boolean));
  const visit = (node) => {
    if (ts.isIdentifier(node) && !declarations.has(node)) {
      const at = checker.getSymbolAtLocation(node);
      // An exported variable has a local symbol and an export symbol: compare the export one.
      const exportedAt = at && checker.getExportSymbolOfSymbol(at);
      const names = exportedAt === symbol || (at && at.flags & ts.SymbolFlags.Alias && chain(at).includes(symbol));
      // `export { x }` lists count as the export, not a use.
      if (names && !ts.isExportSpecifier(node.parent)) count++;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

const dead = [];
for (const file of projectFiles) {
  const path = rel(file);
  if (!path.startsWith('src/') || ENTRY_POINTS.has(path)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    // Declared in this file (a star re-export's names belong to the module that declares them).
    const declaredHere = (exported.declarations ?? []).some((d) => d.getSourceFile() === file);
    if (!declaredHere || used.has(exported)) continue;
    const target = chain(exported).at(-1);
    const isReexport = exported.flags & ts.SymbolFlags.Alias;
    const ownUses = isReexport ? 0 : localUses(file, target);
    dead.push({ path, name: exported.name, verdict: isReexport ? 're-export nobody imports' : ownUses > 0 ? 'used in its own module only' : 'used nowhere' });
  }
}

dead.sort((a, b) => (a.path + a.name < b.path + b.name ? -1 : 1));
for (const { path, name, verdict } of dead) console.log(`${path}\t${name}\t${verdict}`);
console.error(`${dead.length} dead exports${testsCountNot ? ' (tests not counted as importers)' : ''}`);
// A gate in `npm run lint` (and so in `npm test`): an export nothing imports is a module's surface that lies about
// what it offers; make it a plain declaration or remove it.
if (dead.length > 0) process.exitCode = 1;
