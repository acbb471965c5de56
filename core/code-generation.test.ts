import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Core never turns text into code: no `eval`, no `Function` constructor, no dynamic
 * `import()`. Rules arrive from users, so one such call would be one step from running what
 * a rule author wrote. The check reads the syntax tree, so comments and strings that
 * mention these names do not count, and indirect forms (`globalThis['eval']`,
 * `(0, eval)(...)`, `x.constructor.constructor(...)`) do.
 */

const CORE = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

const BANNED_NAMES = new Set(['eval', 'Function']);
const GLOBALS = new Set(['globalThis', 'global', 'window', 'self']);

/** Every way `text` generates code, as `line: what`. */
function codeGeneration(text: string, fileName = 'snippet.ts'): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    // Type positions (`fn: Function`) run nothing; do not descend into them.
    if (ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && BANNED_NAMES.has(node.text)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isMethodDeclaration(parent);
      // Reading `Function.prototype` (to know what functions inherit) creates nothing.
      const readsPrototypeOnly =
        ts.isPropertyAccessExpression(parent) &&
        parent.expression === node &&
        parent.name.text === 'prototype' &&
        !ts.isPropertyAccessExpression(parent.parent) &&
        !ts.isElementAccessExpression(parent.parent) &&
        !ts.isCallExpression(parent.parent);
      // `value instanceof Function` tests a value; it creates nothing.
      const testsInstance =
        ts.isBinaryExpression(parent) &&
        parent.right === node &&
        parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword;
      // `globalThis.eval` is eval; `tools.eval` is some other object's member.
      const globalMember =
        ts.isPropertyAccessExpression(parent) &&
        parent.name === node &&
        ts.isIdentifier(parent.expression) &&
        GLOBALS.has(parent.expression.text);
      if ((!isMemberName || globalMember) && !readsPrototypeOnly && !testsInstance) {
        report(node, node.text);
      }
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      BANNED_NAMES.has(node.argumentExpression.text)
    ) {
      report(node, `[${JSON.stringify(node.argumentExpression.text)}]`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      report(node, 'import()');
    }
    // `x.constructor.constructor` is the Function constructor of any value.
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'constructor' &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'constructor'
    ) {
      report(node, 'constructor.constructor');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('core generates no code', () => {
  it('has no eval, Function constructor or dynamic import in any file', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(50);
    const offences = files.flatMap((file) =>
      codeGeneration(readFileSync(file, 'utf8'), file).map(
        (where) => `${relative(CORE, file)}:${where}`,
      ),
    );
    expect(offences).toEqual([]);
  });

  it('recognises each form, direct and indirect', () => {
    const cases: Record<string, string> = {
      "eval('1 + 1');": 'eval',
      "const run = eval; run('1');": 'eval',
      "(0, eval)('1');": 'eval',
      "globalThis.eval('1');": 'eval',
      "window.Function('return 1');": 'Function',
      "globalThis['eval']('1');": '["eval"]',
      "new Function('a', 'return a');": 'Function',
      "Function('return 1')();": 'Function',
      "const F = globalThis['Function'];": '["Function"]',
      "const F = (() => 0).constructor.constructor('return 1');": 'constructor.constructor',
      "const m = await import('./x');": 'import()',
      'const m = import(name).then((x) => x);': 'import()',
    };
    for (const [snippet, what] of Object.entries(cases)) {
      expect(codeGeneration(snippet), snippet).toEqual([`1: ${what}`]);
    }
  });

  it('lets comments, strings, types and static imports through', () => {
    const clean = [
      '// no eval, no new Function, no import()',
      "const text = 'eval(1) and new Function()';",
      'function call(fn: Function): void {}',
      "import { compile } from './logic';",
      "export type { Node } from './logic';",
      'const o = { evaluate: 1, functions: 2 };',
      'const inherited = [Object.prototype, Function.prototype];',
      'const callable = value instanceof Function;',
      'const tools = { eval: 1 }; tools.eval;',
    ].join('\n');
    expect(codeGeneration(clean)).toEqual([]);
  });
});
