import { reasonCodes } from '../../contract/reasons';
import { ownValue } from '../path';
import type { Closure, CompileEnv, DescribedArg, OpContext } from '../types';
import { defineDomainOperator, type ParamSpec } from './define';

/**
 * Signals live at the root of the data: `signals.<reason code> = {strength, evidence}`,
 * absent when the detector did not fire. Both operations read the root, so they work the
 * same inside `some`/`all` bodies.
 */
function signalStrength(code: string, ctx: OpContext): number | undefined {
  const signal = ownValue(ownValue(ctx.state.root, 'signals'), code);
  if (signal === undefined || signal === null || signal === false) return undefined;
  const strength = ownValue(signal, 'strength');
  // A detector that reports presence without a strength is fully sure.
  return typeof strength === 'number' ? strength : 1;
}

/**
 * {@link signalStrength} for a constant code, as two getters chosen at compile time (the
 * same own-property reads, without looking the code up per evaluation).
 */
function strengthReader(code: string, env: CompileEnv): (root: unknown) => number | undefined {
  const signalOf: Closure = env.getter(['signals', code], undefined);
  const strengthOf: Closure = env.getter(['strength'], undefined);
  return (root) => {
    const signal = signalOf(root);
    if (signal === undefined || signal === null || signal === false) return undefined;
    const strength = strengthOf(signal);
    return typeof strength === 'number' ? strength : 1;
  };
}

/** `human_request` reads "human request"; a computed code reads as its expression. */
function signalName(arg: DescribedArg): string {
  return arg.node.kind === 'literal' ? String(arg.node.value).replace(/_/g, ' ') : arg.text;
}

const code: ParamSpec = {
  name: 'code',
  type: 'string',
  oneOf: reasonCodes,
  description: 'a reason code of the contract, e.g. "human_request"',
};

/** `{"has_signal": "human_request"}` or `{"has_signal": ["negative_sentiment", 0.7]}`. */
export const hasSignal = defineDomainOperator('has_signal', {
  summary: 'Whether a detector reported the signal (optionally with at least this strength).',
  params: [
    code,
    {
      name: 'minStrength',
      type: 'number',
      optional: true,
      description: 'the least strength (0..1) that counts; default: any',
    },
  ],
  deterministic: false,
  returnsBoolean: true,
  evaluate([name, min], ctx) {
    const strength = signalStrength(name as string, ctx);
    return strength !== undefined && strength >= ((min as number | undefined) ?? 0);
  },
  compileConstant([name, min], ctx, env) {
    const read = strengthReader(name as string, env);
    const least = (min as number | undefined) ?? 0;
    const state = ctx.state;
    return {
      fn: () => {
        const strength = read(state.root);
        return strength !== undefined && strength >= least;
      },
      boolean: true,
    };
  },
  describe([name, min]) {
    const signal = `the ${signalName(name)} signal`;
    return min
      ? `${signal} is detected with strength at least ${min.text}`
      : `${signal} is detected`;
  },
});

/** `{"signal_strength": "negative_sentiment"}`: 0..1, 0 when the signal is absent. */
export const signalStrengthOp = defineDomainOperator('signal_strength', {
  summary: 'The strength (0..1) a detector gave the signal, 0 when it is absent.',
  params: [code],
  deterministic: false,
  evaluate: ([name], ctx) => signalStrength(name as string, ctx) ?? 0,
  compileConstant([name], ctx, env) {
    const read = strengthReader(name as string, env);
    const state = ctx.state;
    return { fn: () => read(state.root) ?? 0 };
  },
  describe: ([name]) => `the strength of the ${signalName(name)} signal`,
});
