import { RuleError } from '../errors';
import { ownValue } from '../path';
import type { OpContext } from '../types';
import { show } from '../values';
import { defineDomainOperator } from './define';

function toMillis(value: unknown, what: string, ctx: OpContext): number {
  const ms = typeof value === 'number' ? value : Date.parse(String(value));
  if (Number.isFinite(ms)) return ms;
  throw new RuleError('invalid_arguments', `${what} ${show(value)} is not a date`, ctx.path);
}

/** The evaluation time: `now` at the root of the data, else the compile option `clock`. */
function nowMillis(ctx: OpContext): number {
  const now = ownValue(ctx.state.root, 'now');
  if (now !== undefined && now !== null) return toMillis(now, '"now"', ctx);
  if (ctx.state.clock) return ctx.state.clock();
  throw new RuleError(
    'missing_clock',
    '"minutes_since" needs "now" in the data or a clock option',
    ctx.path,
  );
}

/**
 * `{"minutes_since": {"var": "conversation.startedAt"}}`: minutes from an ISO 8601 time
 * (or epoch milliseconds) to now; null when the time is null or missing.
 */
export const minutesSince = defineDomainOperator('minutes_since', {
  summary: 'Minutes from a time (ISO 8601 or epoch ms) to now; null when the time is missing.',
  params: [{ name: 'time', type: 'time', description: 'an ISO 8601 time or epoch milliseconds' }],
  deterministic: false,
  evaluate([time], ctx) {
    if (time === null) return null;
    return (nowMillis(ctx) - toMillis(time, 'time', ctx)) / 60_000;
  },
  describe: ([time]) => `the minutes since ${time.text}`,
});
