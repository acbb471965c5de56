import {
  addEdge,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import type { Rule, RuleAction, Ruleset } from '../../../core';
import type { StoredFixture } from '../api/client';
import {
  graphToLogic,
  logicToGraph,
  type Block,
  type GraphIssue,
  type RuleGraph,
} from '../lib/graph';
import { layoutGraph } from '../lib/layout';
import { blockWords } from '../lib/words';

/** What a screen reader says for a block: its kind and its words. */
const blockLabel = (b: Block) =>
  `${b.kind === 'outcome' ? 'Outcome' : b.kind === 'logic' ? 'Logic block' : 'Condition'}: ${blockWords(b)}`;

/** A block on the canvas: its data, and what validation and the test panel say about it. */
export type BlockData = Block & {
  issue?: string;
  warning?: string;
  shown?: string;
  lit?: boolean;
  diff?: 'added' | 'changed';
};
export type BlockNode = Node<BlockData>;

interface Snapshot {
  draft: Ruleset;
  selected: number;
  nodes: BlockNode[];
  edges: Edge[];
}

export interface BuilderState {
  draft: Ruleset | null;
  /** Saved test conversations with their expected outcome; saved with the draft. */
  fixtures: StoredFixture[];
  selected: number;
  nodes: BlockNode[];
  edges: Edge[];
  /** Why the canvas is not a rule yet (the draft keeps the last rule that was). */
  issues: GraphIssue[];
  past: Snapshot[];
  future: Snapshot[];
  clipboard: { nodes: BlockNode[]; edges: Edge[] } | null;
  /** Bumped by every automatic layout, so the canvas can fit the new positions in view. */
  layouts: number;
  /** Bumped by every change to the draft, so autosave and fixtures can follow it. */
  changes: number;
}

export interface BuilderActions {
  load(draft: Ruleset, selected?: number, fixtures?: StoredFixture[]): void;
  addFixture(fixture: StoredFixture): void;
  removeFixture(index: number): void;
  selectRule(index: number): void;
  onNodesChange(changes: NodeChange<BlockNode>[]): void;
  onEdgesChange(changes: EdgeChange[]): void;
  /** Connects two blocks; refuses loops, self-links and links out of the outcome. Returns why not. */
  connect(c: Connection): string | undefined;
  addBlock(block: Block, position?: { x: number; y: number }): string;
  updateBlock(id: string, block: Block): void;
  removeSelected(): void;
  copySelected(): void;
  paste(): void;
  undo(): void;
  redo(): void;
  autoLayout(): void;
  updateRuleMeta(index: number, patch: Partial<Pick<Rule, 'name' | 'enabled' | 'id'>>): void;
  addRule(rule?: Partial<Rule>): void;
  duplicateRule(index: number): void;
  deleteRule(index: number): void;
  moveRule(from: number, to: number): void;
  setConfig(config: Record<string, unknown> | undefined): void;
  /** A whole new draft (an import, an accepted suggestion), as one undo step; shows rule `selected`. */
  replaceDraft(draft: Ruleset, selected?: number): void;
  setRulesetMeta(patch: Partial<Pick<Ruleset, 'name' | 'description'>>): void;
  /** Marks blocks with values from the test panel (`lit` ids fired). */
  decorate(values: Record<string, string>, lit: Set<string>): void;
}

export type BuilderStore = BuilderState & BuilderActions;

const initial: BuilderState = {
  draft: null,
  fixtures: [],
  selected: 0,
  nodes: [],
  edges: [],
  issues: [],
  past: [],
  future: [],
  clipboard: null,
  layouts: 0,
  changes: 0,
};

let counter = 0;
const freshId = () => `n${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The canvas of one rule: its blocks laid out. */
export const canvasOf = (rule: Rule): { nodes: BlockNode[]; edges: Edge[] } => {
  const graph = logicToGraph(rule.when, rule.then, `${rule.id}:`);
  const at = layoutGraph(graph);
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.data.kind,
      position: at[n.id]!,
      data: n.data,
      ariaLabel: blockLabel(n.data),
    })),
    edges: graph.edges.map((e) => ({ ...e })),
  };
};

const plain = (b: BlockData): Block => {
  const { issue: _i, warning: _w, shown: _v, lit: _l, diff: _d, ...block } = b;
  return block as Block;
};

export const asGraph = (nodes: BlockNode[], edges: Edge[]): RuleGraph => ({
  nodes: nodes.map((n) => ({ id: n.id, data: plain(n.data) })),
  edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
});

const reaches = (edges: Edge[], from: string, to: string): boolean => {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const e of edges) if (e.source === at) stack.push(e.target);
  }
  return false;
};

/**
 * The builder's state: the draft ruleset, the canvas of its selected rule, undo history.
 * Every canvas edit writes the rule back into the draft when the canvas is a whole rule.
 *
 * @example
 * const store = createBuilderStore();
 * store.getState().load(defaultRuleset);
 */
export const createBuilderStore = (start: Partial<BuilderState> = {}) =>
  createStore<BuilderStore>()((set, get) => {
    const snapshot = (): Snapshot | undefined => {
      const s = get();
      return s.draft
        ? { draft: s.draft, selected: s.selected, nodes: s.nodes, edges: s.edges }
        : undefined;
    };
    /** Applies a canvas change, writes the rule back, and records an undo step. */
    const commit = (nodes: BlockNode[], edges: Edge[], record = true) => {
      const s = get();
      if (!s.draft) return;
      const before = snapshot();
      const result = graphToLogic(asGraph(nodes, edges));
      const issues = result.ok ? [] : result.issues;
      const marked = nodes.map((n) => {
        const issue = issues.find((i) => i.nodeId === n.id)?.message;
        return n.data.issue === issue ? n : { ...n, data: { ...n.data, issue } };
      });
      let draft = s.draft;
      if (result.ok) {
        const rules = draft.rules.map((r, i) =>
          i === s.selected ? { ...r, when: result.when as Rule['when'], then: result.then } : r,
        );
        draft = { ...draft, rules };
      }
      set({
        nodes: marked,
        edges,
        issues,
        draft,
        changes: s.changes + 1,
        past: record && before ? [...s.past.slice(-99), before] : s.past,
        future: record ? [] : s.future,
      });
    };
    const setDraft = (draft: Ruleset, selected = get().selected) => {
      const before = snapshot();
      const index = Math.max(0, Math.min(selected, draft.rules.length - 1));
      const canvas = draft.rules[index] ? canvasOf(draft.rules[index]!) : { nodes: [], edges: [] };
      set((s) => ({
        draft,
        selected: index,
        ...canvas,
        issues: [],
        changes: s.changes + 1,
        past: before ? [...s.past.slice(-99), before] : s.past,
        future: [],
      }));
    };
    return {
      ...initial,
      ...start,
      load(draft, selected = 0, fixtures = []) {
        const canvas = draft.rules[selected]
          ? canvasOf(draft.rules[selected]!)
          : { nodes: [], edges: [] };
        set({ ...initial, draft, selected, fixtures, ...canvas, changes: get().changes + 1 });
      },
      addFixture(fixture) {
        set((s) => ({ fixtures: [...s.fixtures, fixture], changes: s.changes + 1 }));
      },
      removeFixture(index) {
        set((s) => ({
          fixtures: s.fixtures.filter((_, i) => i !== index),
          changes: s.changes + 1,
        }));
      },
      selectRule(index) {
        const s = get();
        if (!s.draft?.rules[index]) return;
        set({ selected: index, ...canvasOf(s.draft.rules[index]!), issues: [] });
      },
      onNodesChange(changes) {
        const s = get();
        const next = applyNodeChanges(changes, s.nodes);
        const structural = changes.some((c) => c.type === 'remove' || c.type === 'add');
        if (structural) {
          const ids = new Set(next.map((n) => n.id));
          const edges = s.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
          commit(next, edges);
        } else set({ nodes: next });
      },
      onEdgesChange(changes) {
        const s = get();
        const next = applyEdgeChanges(changes, s.edges);
        if (changes.some((c) => c.type === 'remove' || c.type === 'add')) commit(s.nodes, next);
        else set({ edges: next });
      },
      connect(c) {
        const s = get();
        if (!c.source || !c.target) return 'Pick two blocks to connect.';
        if (c.source === c.target) return 'A block cannot feed itself.';
        const source = s.nodes.find((n) => n.id === c.source);
        const target = s.nodes.find((n) => n.id === c.target);
        if (!source || !target) return 'One of the blocks is gone.';
        if (source.data.kind === 'outcome')
          return 'The outcome is the end of a rule: connect blocks into it.';
        if (target.data.kind !== 'logic' && target.data.kind !== 'outcome')
          return 'Only logic blocks and the outcome take inputs.';
        if (reaches(s.edges, c.target, c.source)) return 'That connection would make a loop.';
        if (s.edges.some((e) => e.source === c.source && e.target === c.target))
          return 'They are connected already.';
        // The outcome takes one input: a new one replaces the old.
        const edges =
          target.data.kind === 'outcome' ? s.edges.filter((e) => e.target !== c.target) : s.edges;
        commit(s.nodes, addEdge({ ...c, id: `e-${c.source}-${c.target}` }, edges));
        return undefined;
      },
      addBlock(block, position) {
        const s = get();
        const id = freshId();
        const at = position ?? { x: 40, y: 40 + 30 * (s.nodes.length % 10) };
        commit(
          [
            ...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
            {
              id,
              type: block.kind,
              position: at,
              data: block,
              selected: true,
              ariaLabel: blockLabel(block),
            },
          ],
          s.edges,
        );
        return id;
      },
      updateBlock(id, block) {
        const s = get();
        commit(
          s.nodes.map((n) =>
            n.id === id ? { ...n, type: block.kind, data: block, ariaLabel: blockLabel(block) } : n,
          ),
          s.edges,
        );
      },
      removeSelected() {
        const s = get();
        const gone = new Set(
          s.nodes.filter((n) => n.selected && n.data.kind !== 'outcome').map((n) => n.id),
        );
        const edges = s.edges.filter(
          (e) => !e.selected && !gone.has(e.source) && !gone.has(e.target),
        );
        if (gone.size === 0 && edges.length === s.edges.length) return;
        commit(
          s.nodes.filter((n) => !gone.has(n.id)),
          edges,
        );
      },
      copySelected() {
        const s = get();
        const nodes = s.nodes.filter((n) => n.selected && n.data.kind !== 'outcome');
        const ids = new Set(nodes.map((n) => n.id));
        set({
          clipboard: {
            nodes,
            edges: s.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
          },
        });
      },
      paste() {
        const s = get();
        if (!s.clipboard?.nodes.length) return;
        const map = new Map(s.clipboard.nodes.map((n) => [n.id, freshId()]));
        const nodes = s.clipboard.nodes.map((n) => ({
          ...n,
          id: map.get(n.id)!,
          position: { x: n.position.x + 40, y: n.position.y + 40 },
          selected: true,
          data: { ...plain(n.data) } as BlockData,
        }));
        const edges = s.clipboard.edges.map((e) => ({
          ...e,
          id: `e-${map.get(e.source)}-${map.get(e.target)}`,
          source: map.get(e.source)!,
          target: map.get(e.target)!,
        }));
        commit(
          [...s.nodes.map((n) => ({ ...n, selected: false })), ...nodes],
          [...s.edges, ...edges],
        );
      },
      undo() {
        const s = get();
        const prev = s.past.at(-1);
        const now = snapshot();
        if (!prev || !now) return;
        set({
          ...prev,
          past: s.past.slice(0, -1),
          future: [now, ...s.future],
          issues: [],
          changes: s.changes + 1,
        });
      },
      redo() {
        const s = get();
        const next = s.future[0];
        const now = snapshot();
        if (!next || !now) return;
        set({
          ...next,
          future: s.future.slice(1),
          past: [...s.past, now],
          issues: [],
          changes: s.changes + 1,
        });
      },
      autoLayout() {
        const s = get();
        const at = layoutGraph(asGraph(s.nodes, s.edges));
        set({
          nodes: s.nodes.map((n) => ({ ...n, position: at[n.id] ?? n.position })),
          layouts: s.layouts + 1,
        });
      },
      updateRuleMeta(index, patch) {
        const d = get().draft;
        if (!d) return;
        const rules = d.rules.map((r, i) => (i === index ? { ...r, ...patch } : r));
        const before = snapshot();
        set((s) => ({
          draft: { ...d, rules },
          changes: s.changes + 1,
          past: before ? [...s.past, before] : s.past,
          future: [],
        }));
      },
      addRule(rule = {}) {
        const d = get().draft;
        if (!d) return;
        const taken = new Set(d.rules.map((r) => r.id));
        let n = d.rules.length + 1;
        while (taken.has(`rule-${n}`)) n++;
        const then: RuleAction = { handoff: true, reason: 'human_request', priority: 'normal' };
        const fresh: Rule = {
          id: `rule-${n}`,
          name: `New rule ${n}`,
          enabled: true,
          when: { has_signal: 'human_request' },
          then,
          ...rule,
        };
        setDraft({ ...d, rules: [...d.rules, fresh] }, d.rules.length);
      },
      duplicateRule(index) {
        const d = get().draft;
        const rule = d?.rules[index];
        if (!d || !rule) return;
        const taken = new Set(d.rules.map((r) => r.id));
        let id = `${rule.id}-copy`.slice(0, 75);
        for (let n = 2; taken.has(id); n++) id = `${rule.id}-copy-${n}`.slice(0, 80);
        const rules = [...d.rules];
        rules.splice(index + 1, 0, {
          ...structuredClone(rule),
          id,
          name: `${rule.name} (copy)`.slice(0, 200),
        });
        setDraft({ ...d, rules }, index + 1);
      },
      deleteRule(index) {
        const d = get().draft;
        if (!d || d.rules.length <= 1) return;
        setDraft(
          { ...d, rules: d.rules.filter((_, i) => i !== index) },
          Math.min(get().selected, d.rules.length - 2),
        );
      },
      moveRule(from, to) {
        const d = get().draft;
        if (!d || to < 0 || to >= d.rules.length || from === to) return;
        const rules = [...d.rules];
        const [rule] = rules.splice(from, 1);
        rules.splice(to, 0, rule!);
        const sel = get().selected;
        setDraft({ ...d, rules }, sel === from ? to : sel);
      },
      setConfig(config) {
        const d = get().draft;
        if (!d) return;
        const next: Ruleset = { ...d };
        if (config && Object.keys(config).length) next.config = config;
        else delete next.config;
        const before = snapshot();
        set((s) => ({
          draft: next,
          changes: s.changes + 1,
          past: before ? [...s.past, before] : s.past,
          future: [],
        }));
      },
      replaceDraft(draft, selected = 0) {
        setDraft(draft, selected);
      },
      setRulesetMeta(patch) {
        const d = get().draft;
        if (!d) return;
        set((s) => ({ draft: { ...d, ...patch }, changes: s.changes + 1 }));
      },
      decorate(values, lit) {
        set((s) => ({
          nodes: s.nodes.map((n) => ({
            ...n,
            data: { ...n.data, shown: values[n.id], lit: lit.has(n.id) },
          })),
          edges: s.edges.map((e) => ({
            ...e,
            animated: lit.has(e.source) && lit.has(e.target),
            className: lit.has(e.source) && lit.has(e.target) ? 'lit' : undefined,
          })),
        }));
      },
    };
  });
