import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Build-only: every top-level `const x = <call or new>` of the matched modules becomes
 * `const x = /* @__PURE__ *\/ (() => <call or new>)()`, so an app's bundler may drop a schema (or a
 * table) that nothing it uses reads. A `/* @__PURE__ *\/` on the outer call alone is not enough:
 * bundlers keep the nested, unannotated calls in its arguments (`z.string()` inside `z.object()`).
 */
export function pureModuleConstants(include: RegExp): Plugin {
  return {
    name: 'bizkithub-pure-module-constants',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const wraps: { start: number; end: number }[] = [];
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (init && (ts.isCallExpression(init) || ts.isNewExpression(init))) {
            wraps.push({ start: init.getStart(source), end: init.getEnd() });
          }
        }
      }
      if (wraps.length === 0) return null;
      let result = code;
      for (const { start, end } of wraps.reverse()) {
        result = `${result.slice(0, start)}/* @__PURE__ */ (() => ${result.slice(start, end)})()${result.slice(end)}`;
      }
      return { code: result, map: null };
    },
  };
}
