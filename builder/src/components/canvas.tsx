import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { Block } from '../lib/graph';
import type { BlockNode } from '../store/builder-store';
import type { TestRun } from '../lib/test-run';
import { useBuilder, useBuilderApi } from '../store/context';
import { nodeTypes } from './blocks';
import { dragType } from './palette';

const miniColor = (n: { type?: string }) =>
  ({
    signal: '#7c3aed',
    compare: '#0369a1',
    flag: '#0369a1',
    words: '#0f766e',
    logic: '#a16207',
    raw: '#6b7280',
    outcome: '#15803d',
  })[n.type ?? ''] ?? '#999';

/** The selected rule as blocks: drop from the palette, connect, select to edit. */
export const Canvas = ({
  readOnly,
  warnings,
  test,
  diff,
}: {
  readOnly: boolean;
  warnings: Record<string, { message: string }>;
  test: TestRun | null;
  diff: Record<string, 'added' | 'changed'>;
}) => {
  const stored = useBuilder((s) => s.nodes);
  // Validation warnings and the test panel's values are shown on the blocks, not stored in them.
  const nodes = useMemo(
    () =>
      stored.map((n) => {
        const warning = warnings[n.id]?.message;
        const shown = test?.shown[n.id];
        const lit = test?.lit.has(n.id) ?? false;
        return warning || shown !== undefined || lit
          ? { ...n, data: { ...n.data, warning, shown, lit } }
          : n;
      }),
    [stored, warnings, test],
  );
  const storedEdges = useBuilder((s) => s.edges);
  const edges = useMemo(
    () =>
      test
        ? storedEdges.map((e) =>
            test.lit.has(e.source) && test.lit.has(e.target)
              ? { ...e, animated: true, className: 'lit' }
              : e,
          )
        : storedEdges,
    [storedEdges, test],
  );
  const onNodesChange = useBuilder((s) => s.onNodesChange);
  const onEdgesChange = useBuilder((s) => s.onEdgesChange);
  const store = useBuilderApi();
  const flow = useReactFlow();
  const [notice, setNotice] = useState<string | null>(null);
  const selected = useBuilder((s) => s.selected);
  const ruleId = useBuilder((s) => s.draft?.rules[s.selected]?.id);
  const layouts = useBuilder((s) => s.layouts);
  // A newly selected or tidied rule is shown whole once its blocks are measured.
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView({ padding: 0.15, duration: 0, maxZoom: 1 }), 50);
    return () => clearTimeout(t);
  }, [flow, selected, ruleId, layouts]);

  const onConnect = useCallback(
    (c: Connection) => {
      const why = store.getState().connect(c);
      setNotice(why ?? null);
    },
    [store],
  );
  const onDrop = useCallback(
    (e: DragEvent) => {
      const raw = e.dataTransfer.getData(dragType);
      if (!raw || readOnly) return;
      e.preventDefault();
      const position = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      store.getState().addBlock(JSON.parse(raw) as Block, position);
    },
    [flow, store, readOnly],
  );
  return (
    <div
      className="canvas"
      aria-label="Rule canvas"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
    >
      <ReactFlow<BlockNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={readOnly ? undefined : onNodesChange}
        onEdgesChange={readOnly ? undefined : onEdgesChange}
        onConnect={readOnly ? undefined : onConnect}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap
          nodeColor={miniColor}
          pannable
          zoomable
          ariaLabel="Overview of the rule"
          style={{ width: 160, height: 100 }}
        />
      </ReactFlow>
      {notice && (
        <p className="canvas-notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            OK
          </button>
        </p>
      )}
    </div>
  );
};
