import type { Node } from './parse';
import { listOf, readableValue } from './words';

/**
 * The rule in plain language, built from each operator's `describe`:
 * `{"and": [{"==": [{"var": "customer.tier"}, "enterprise"]}, ...]}` reads
 * "customer tier is enterprise and ...".
 */
export function describeNode(node: Node): string {
  switch (node.kind) {
    case 'literal':
      return readableValue(node.value);
    case 'array':
      return `[${listOf(node.items.map(describeNode), 'and')}]`;
    case 'op':
      return node.def.describe(node.args.map((arg) => ({ node: arg, text: describeNode(arg) })));
  }
}
