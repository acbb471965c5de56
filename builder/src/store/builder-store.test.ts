import { describe, expect, it } from 'vitest';
import { defaultRuleset, Ruleset } from '../../../core';
import { createBuilderStore } from './builder-store';

const load = () => {
  const store = createBuilderStore();
  store.getState().load(Ruleset.parse(defaultRuleset), 5); // emotional-escalation: any of three signals
  return store;
};

describe('builder store', () => {
  it('writes a canvas edit back into the rule, and undo/redo move between the two', () => {
    const store = load();
    const s = store.getState();
    const before = s.draft!.rules[5]!.when;
    const signal = s.nodes.find((n) => n.data.kind === 'signal')!;
    s.updateBlock(signal.id, { kind: 'signal', code: 'human_request' });
    expect(JSON.stringify(store.getState().draft!.rules[5]!.when)).toContain('human_request');
    store.getState().undo();
    expect(store.getState().draft!.rules[5]!.when).toEqual(before);
    store.getState().redo();
    expect(JSON.stringify(store.getState().draft!.rules[5]!.when)).toContain('human_request');
  });

  it('refuses loops, self-links and links out of the outcome', () => {
    const s = load().getState();
    const logic = s.nodes.find((n) => n.data.kind === 'logic')!;
    const outcome = s.nodes.find((n) => n.data.kind === 'outcome')!;
    const signal = s.nodes.find((n) => n.data.kind === 'signal')!;
    const c = (source: string, target: string) =>
      s.connect({ source, target, sourceHandle: null, targetHandle: null });
    expect(c(logic.id, logic.id)).toMatch(/itself/);
    expect(c(outcome.id, logic.id)).toMatch(/end of a rule/);
    expect(c(logic.id, signal.id)).toMatch(/Only logic blocks/);
    const other = s.addBlock({ kind: 'logic', mode: 'all' });
    expect(c(logic.id, other)).toBeUndefined();
    expect(c(other, logic.id)).toMatch(/loop/);
  });

  it('keeps the last whole rule while the canvas is not one, and marks the block', () => {
    const store = load();
    const s = store.getState();
    const edge = s.edges.find(
      (e) => e.target === s.nodes.find((n) => n.data.kind === 'outcome')!.id,
    )!;
    const before = s.draft!.rules[5]!.when;
    s.onEdgesChange([{ type: 'remove', id: edge.id }]);
    const after = store.getState();
    expect(after.draft!.rules[5]!.when).toEqual(before);
    expect(after.issues[0]!.message).toMatch(/Nothing leads to the outcome/);
    expect(after.nodes.find((n) => n.data.kind === 'outcome')!.data.issue).toMatch(/Nothing leads/);
  });

  it('pastes copies with new ids and deletes the selection but never the outcome', () => {
    const store = load();
    store.setState({ nodes: store.getState().nodes.map((n) => ({ ...n, selected: true })) });
    store.getState().copySelected();
    store.getState().paste();
    const s = store.getState();
    expect(s.nodes.length).toBe(9); // 5 blocks + 4 copies (not the outcome)
    expect(new Set(s.nodes.map((n) => n.id)).size).toBe(9);
    s.removeSelected();
    expect(store.getState().nodes.map((n) => n.data.kind)).toEqual([
      'outcome',
      'logic',
      'signal',
      'signal',
      'signal',
    ]);
  });
});
