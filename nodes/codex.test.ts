import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCodex, codexPaths } from './test/codex';

/**
 * The codex files decide where n8n's node panel lists the nodes and whether its search
 * finds them. The build copies them beside the bundles; the real-n8n test checks the copies
 * in dist/ and searches the panel itself in Chromium.
 */
describe('the codex of every node', () => {
  const entries = codexPaths();

  it('exists for every node package.json registers', () => {
    expect(entries.map((e) => e.node)).toEqual([
      'handoffDetect',
      'handoffSummarize',
      'handoffEnrich',
      'handoffRoute',
      'handoffFeedback',
    ]);
    for (const { source } of entries) expect(existsSync(source), source).toBe(true);
  });

  it.each(entries.map((e) => [e.node, e] as const))(
    '%s: main-node categories, no AI sub-node categorisation, found by "handoff" and "escalation"',
    (_, { source, node }) => {
      const codex = JSON.parse(readFileSync(source, 'utf8'));
      expect(checkCodex(codex, node)).toEqual([]);
    },
  );

  it('Handoff Feedback is found by "feedback" and "verdict" too', () => {
    const feedback = entries.find((e) => e.node === 'handoffFeedback')!;
    const codex = JSON.parse(readFileSync(feedback.source, 'utf8'));
    expect(codex.alias).toEqual(expect.arrayContaining(['feedback', 'verdict']));
  });

  it('the check rejects what hid the nodes: AI with the sub-node subcategory Miscellaneous', () => {
    const hidden = {
      node: 'n8n-nodes-handoff.handoffDetect',
      nodeVersion: '1.0',
      codexVersion: '1.0',
      categories: ['Communication', 'AI'],
      subcategories: { AI: ['Miscellaneous'] },
      alias: ['handoff', 'escalation'],
    };
    expect(checkCodex(hidden, 'handoffDetect')).toEqual([
      'categories: "AI" puts a main node among the AI nodes',
      'subcategories.AI: "Miscellaneous" is a sub-node category, for nodes that plug into an AI agent',
    ]);
    expect(
      checkCodex(
        {
          ...hidden,
          node: 'x.handoffDetect',
          categories: ['Things'],
          subcategories: undefined,
          alias: [],
        },
        'handoffDetect',
      ),
    ).toEqual([
      'node: "x.handoffDetect" is not "n8n-nodes-handoff.handoffDetect"',
      'categories: "Things" is not a category of the node panel',
      'alias: lacks "handoff"',
      'alias: lacks "escalation"',
    ]);
  });
});
