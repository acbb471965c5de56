import { z } from 'zod';
import { HandoffDecision } from './decision';
import { HandoffInput } from './input';
import { ReasonCode } from './reasons';

/**
 * JSON Schemas (draft 2020-12) generated from the zod contract, for integrators and the
 * OpenAPI document. `HandoffInput` is described as callers send it (defaults optional).
 */
export const contractJsonSchemas = () => ({
  HandoffInput: z.toJSONSchema(HandoffInput, { io: 'input', unrepresentable: 'any' }),
  HandoffDecision: z.toJSONSchema(HandoffDecision, { io: 'output', unrepresentable: 'any' }),
  ReasonCode: z.toJSONSchema(ReasonCode),
});
