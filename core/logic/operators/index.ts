import { domainOperators } from '../domain';
import { OperatorRegistry } from '../registry';
import { arithmeticOperators } from './arithmetic';
import { compareOperators } from './compare';
import { controlOperators } from './control';
import { dataOperators } from './data';
import { iterateOperators } from './iterate';
import { textOperators } from './text';

/** Every jsonlogic.com operation, then the escalation-domain operations. */
const all = {
  ...dataOperators,
  ...controlOperators,
  ...compareOperators,
  ...arithmeticOperators,
  ...iterateOperators,
  ...textOperators,
  ...domainOperators,
};

/** The shared, read-only registry `compile` uses by default. */
export const defaultRegistry = new OperatorRegistry(Object.entries(all)).seal();

/**
 * A registry with every standard and domain operation that you can extend with
 * `addOperator` and pass to `compile(rule, {registry})`.
 */
export function createRegistry(): OperatorRegistry {
  return new OperatorRegistry(Object.entries(all));
}

/** The names of the standard jsonlogic.com operations (without the domain ones). */
export const standardOperatorNames: readonly string[] = Object.keys(all).filter(
  (name) => !(name in domainOperators),
);
