import { readFileSync } from 'node:fs';

/**
 * The categories of n8n's node panel for main (non-AI) nodes, as n8n-nodes-base's codex files
 * use them. "AI" is left out on purpose: under it, n8n lists a node among the AI nodes, and
 * a subcategory such as "Miscellaneous" makes it a sub-node that only appears when an AI
 * agent asks for one, which is how search lost our four nodes.
 */
export const mainNodeCategories = [
  'Analytics',
  'Communication',
  'Core Nodes',
  'Data & Storage',
  'Development',
  'Finance & Accounting',
  'Marketing',
  'Miscellaneous',
  'Productivity',
  'Sales',
  'Utility',
];

/** Each node's codex: where the build takes it from, where it lands in dist/, and the node name. */
export function codexPaths(packageJson = 'package.json') {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { n8n: { nodes: string[] } };
  return pkg.n8n.nodes.map((entry) => {
    const built = entry.replace(/\.js$/, '.json');
    const file = entry.split('/').pop()!.replace('.node.js', '');
    return {
      built,
      source: built.replace(/^dist\//, ''),
      node: file.charAt(0).toLowerCase() + file.slice(1),
    };
  });
}

/** What is wrong with a main node's codex, as readable lines; empty when nothing is. */
export function checkCodex(codex: Record<string, any>, node: string): string[] {
  const problems: string[] = [];
  if (codex.node !== `n8n-nodes-handoff.${node}`) {
    problems.push(`node: "${codex.node}" is not "n8n-nodes-handoff.${node}"`);
  }
  const categories: string[] = codex.categories ?? [];
  if (categories.length === 0) problems.push('categories: none');
  for (const category of categories) {
    if (category === 'AI') problems.push('categories: "AI" puts a main node among the AI nodes');
    else if (!mainNodeCategories.includes(category)) {
      problems.push(`categories: "${category}" is not a category of the node panel`);
    }
  }
  for (const sub of codex.subcategories?.AI ?? []) {
    problems.push(
      `subcategories.AI: "${sub}" is a sub-node category, for nodes that plug into an AI agent`,
    );
  }
  for (const word of ['handoff', 'escalation']) {
    if (!(codex.alias ?? []).includes(word)) problems.push(`alias: lacks "${word}"`);
  }
  return problems;
}
