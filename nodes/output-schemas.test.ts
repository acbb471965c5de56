import { describe, expect, it } from 'vitest';
import { inferSchema, outputSchemas } from './test/output-schemas';

describe('the output schemas n8n previews before a run', () => {
  it('match what each node writes (run `npm run schemas` after changing an output)', async () => {
    const schemas = await outputSchemas();
    expect(schemas).toHaveLength(5);
    for (const { file, schema } of schemas) {
      await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
        file.replace(/^nodes\//, './'),
      );
    }
  });

  it('name the fields later nodes map: the decision, the summary, the context, the route', async () => {
    const byNode = Object.fromEntries(
      (await outputSchemas()).map(({ file, schema }) => [file.split('/')[1], schema as any]),
    );
    expect(byNode.HandoffDetect.properties.handoff).toEqual({ type: 'boolean' });
    expect(byNode.HandoffDetect.properties.decisionId).toEqual({ type: 'string' });
    expect(byNode.HandoffDetect.properties.reasons.items.properties.code).toEqual({
      type: 'string',
    });
    expect(byNode.HandoffSummarize.properties.summary).toEqual({ type: 'string' });
    expect(byNode.HandoffEnrich.properties.enrichment.properties.ok).toEqual({ type: 'boolean' });
    expect(byNode.HandoffRoute.properties.route.properties.queue).toEqual({ type: 'string' });
    expect(byNode.HandoffRoute.properties.customerMessage).toEqual({ type: 'string' });
    expect(byNode.HandoffFeedback.properties.feedback.properties.verdict).toEqual({
      type: 'string',
    });
  });

  it('infers nested objects, lists by their first element, and nulls', () => {
    expect(inferSchema({ a: [{ b: 1 }], c: null, d: [] })).toEqual({
      type: 'object',
      properties: {
        a: { type: 'array', items: { type: 'object', properties: { b: { type: 'number' } } } },
        c: { type: 'null' },
        d: { type: 'array' },
      },
    });
  });
});
