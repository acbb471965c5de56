import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { errorStatus } from '../errors';
import type { Operation } from './operation';
import {
  ErrorBody,
  Fixture,
  HandoffDecision,
  HandoffInput,
  HandoffRequest,
  Ruleset,
} from './schemas';

type Json = Record<string, unknown>;

const pascal = (id: string) =>
  id.replace(/(^|[-_\s])(\w)/g, (_, __, ch: string) => ch.toUpperCase());
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const standardErrors = (op: Operation): ErrorCode[] => {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.body)
    [
      'invalid_json',
      'invalid_body',
      'too_deep',
      'payload_too_large',
      'unsupported_media_type',
    ].forEach((c) => codes.add(c as ErrorCode));
  if (op.query) codes.add('invalid_query');
  if (op.params) codes.add('invalid_params');
  if (op.access !== 'public')
    ['unauthorized', 'rate_limited'].forEach((c) => codes.add(c as ErrorCode));
  if (op.access !== 'public' && op.access !== 'any') codes.add('forbidden');
  return [...codes];
};

/**
 * The OpenAPI 3.1 document of a list of operations, every schema generated from the zod
 * schemas that also validate the requests.
 *
 * @example
 * const doc = openApiDocument(operations, { version: '0.1.0' });
 * doc.paths['/v1/handoff'].post.requestBody; // { $ref: '#/components/schemas/HandoffInput' } inside
 */
export const openApiDocument = (
  operations: Operation[],
  { version }: { version: string },
): Json => {
  const registry = z.registry<{ id: string }>();
  const named = new Map<z.ZodType, string>();
  const name = (schema: z.ZodType, fallback: string) => {
    const known = named.get(schema);
    if (known) return known;
    named.set(schema, fallback);
    registry.add(schema, { id: fallback });
    return fallback;
  };
  for (const [id, schema] of Object.entries({
    HandoffInput,
    HandoffRequest,
    HandoffDecision,
    Ruleset,
    Fixture,
    Error: ErrorBody,
  })) {
    name(schema as z.ZodType, id);
  }

  const paths: Record<string, Record<string, Json>> = {};
  for (const op of operations) {
    const parameters: Json[] = [];
    const addParams = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
      for (const [key, field] of Object.entries(schema?.shape ?? {})) {
        const f = field as z.ZodType;
        parameters.push({
          name: key,
          in: where,
          required: where === 'path' || !f.safeParse(undefined).success,
          ...(f.description ? { description: f.description } : {}),
          schema: z.toJSONSchema(f, { io: 'input', unrepresentable: 'any' }),
        });
      }
    };
    addParams(op.params, 'path');
    addParams(op.query, 'query');
    for (const h of op.headers ?? [])
      parameters.push({
        name: h.name,
        in: 'header',
        required: h.required ?? false,
        description: h.description,
        schema: { type: 'string' },
      });

    const responses: Json = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      responses[status] = {
        description: spec.description,
        ...(spec.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(spec.headers).map(([h, d]) => [
                  h,
                  { description: d, schema: { type: 'string' } },
                ]),
              ),
            }
          : {}),
        ...(spec.schema
          ? {
              content: {
                [spec.contentType ?? 'application/json']: {
                  schema: ref(
                    name(spec.schema, `${pascal(op.id)}Response${status === '200' ? '' : status}`),
                  ),
                },
              },
            }
          : spec.contentType
            ? { content: { [spec.contentType]: { schema: { type: 'string' } } } }
            : {}),
      };
    }
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of standardErrors(op))
      byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
    for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
      responses[String(status)] ??= {
        description: `refused: ${codes.map((c) => `\`${c}\``).join(', ')}`,
        content: { 'application/json': { schema: ref('Error') } },
      };
    }

    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.access === 'public' ? { security: [] } : { 'x-required-scope': op.access }),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: !op.bodyOptional,
              content: {
                'application/json': { schema: ref(name(op.body, `${pascal(op.id)}Request`)) },
              },
            },
          }
        : {}),
      responses,
    };
  }

  const generated = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([id, s]) => {
      // Components are not standalone documents: no $schema, no $id.
      const rest = { ...s };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'Handoff rule service',
      version,
      description:
        'Decides when an AI support chatbot must hand a conversation to a person, and keeps the rulesets that make that decision. ' +
        'Send an API key as `Authorization: Bearer <key>`. Every refusal is `{"error": {"code", "message", "issues"?}}` with a stable code.',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'an API key of this service' },
      },
      schemas,
    },
    paths,
  };
};
