import { decide } from './decide';
import { evaluate } from './eval';
import { logic } from './logic';
import type { Command } from './types';

/** Every `handoff` subcommand. To add one, write `commands/<name>.ts` and list it here. */
export const commands: readonly Command[] = [logic, decide, evaluate];

export type { Command, LineHandler } from './types';
