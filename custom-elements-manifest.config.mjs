// `npm run analyze`: custom-elements.json from the JSDoc of the elements in src/
// (summary, @fires, @slot, @csspart, @cssprop and the one-line property docs).
// package.json "customElements" points to it, npm publishes it, and Storybook's
// autodocs and controls read it (.storybook/preview.ts). It is built, not committed.

/**
 * The analyzer knows `customElements.define('tag', Class)`, not our
 * `defineOnce('tag', Class)` (src/shared/define.ts), so without this plugin
 * no class gets its tag name and Storybook finds no docs for `component: 'pdk-…'`.
 * It records each call as a custom-element definition, with the class's module
 * taken from the file's relative import of it.
 */
function defineOncePlugin() {
  const tags = new Map();
  return {
    name: 'pdk-define-once',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineOnce') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteral(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      tags.set(className, tagArg.text);
      const module = importedFrom(ts, node.getSourceFile(), className, moduleDoc.path) ?? moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {kind: 'custom-element-definition', name: tagArg.text, declaration: {name: className, module}},
      ];
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        // defineOnce's own `customElements.define(tag, ctor)` is no definition: its "tag" is a variable.
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-[-a-z0-9]*$/.test(e.name));
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind === 'class' && tag) {
            declaration.tagName ??= tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/** The module path (src/…/x.ts) that `sourceFile` imports `name` from, if relative. */
function importedFrom(ts, sourceFile, name, fromPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return undefined;
    const base = fromPath.split('/').slice(0, -1);
    for (const part of specifier.split('/')) {
      if (part === '..') base.pop();
      else if (part !== '.') base.push(part);
    }
    return base.join('/').replace(/\.js$/, '.ts');
  }
  return undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/cli/**', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineOncePlugin()],
};
