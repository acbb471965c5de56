import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = __dirname;
const root = resolve(core, '..');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

// Static and dynamic imports and re-exports; comments are stripped first so an `@example` does not count.
const specifiers = (text: string): string[] => {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
};

/** Every relative import in core/: the file, the target path (from the repository root). */
const edges = sources(core).flatMap((file) =>
  specifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => ({
      file: relative(root, file),
      target: relative(root, resolve(dirname(file), s)),
    })),
);

/** The top folder under core/ a path belongs to (`core/route/x.ts` -> `route`), or null for core/ itself. */
const folderOf = (path: string): string | null => {
  const parts = path.split(sep);
  return parts[0] === 'core' && parts.length > 2 ? parts[1]! : null;
};

/** Folder cycles, each as the folders along it, found by depth-first search. */
const folderCycles = (links: { from: string; to: string }[]): string[][] => {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of links) {
    if (from === to) continue;
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), node, to]);
      else if (!state.has(to)) walk(to, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) walk(node, []);
  return cycles;
};

describe('core/ stays pure and layered', () => {
  it('imports nothing from examples/, server/, nodes/, cli/ or builder/', () => {
    const outside = edges.filter((e) => !e.target.startsWith(`core${sep}`) && e.target !== 'core');
    expect(outside.map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
  });

  it('imports no n8n, Hono or React package', () => {
    const banned = /^(n8n-workflow|n8n-core|hono|@hono\/|react|react-dom|@xyflow\/)/;
    const hits = sources(core).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => banned.test(s))
        .map((s) => `${relative(root, file)} -> ${s}`),
    );
    expect(hits).toEqual([]);
  });

  it('has no import cycle between its folders', () => {
    const links = edges
      .map((e) => ({ from: folderOf(e.file), to: folderOf(e.target) }))
      .filter((l): l is { from: string; to: string } => l.from !== null && l.to !== null);
    expect(folderCycles(links)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    expect(
      folderCycles([
        { from: 'route', to: 'summarize' },
        { from: 'summarize', to: 'messages' },
        { from: 'messages', to: 'route' },
      ]),
    ).toEqual([['messages', 'route', 'summarize', 'messages']]);
    expect(folderCycles([{ from: 'route', to: 'contract' }])).toEqual([]);
  });
});
