import { Background, Controls, MiniMap, ReactFlow, type Node, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { allRulesLayout, type RuleGroupData } from '../lib/all-rules';
import { useBuilder } from '../store/context';
import { nodeTypes as blockTypes } from './blocks';

type RuleGroupNode = Node<RuleGroupData & { finding?: string }, 'ruleGroup'>;

/** A rule's frame: its number, name and sentence; a click on it (or Edit) opens the rule. */
const RuleGroupView = ({ data }: NodeProps<RuleGroupNode>) => (
  <div className={data.enabled ? 'rule-group' : 'rule-group off'}>
    <div className="rule-group-head">
      <strong>
        {data.index + 1}. {data.name}
      </strong>
      {!data.enabled && <span className="hint"> (switched off)</span>}
      <button type="button" className="small nodrag">
        Edit
      </button>
    </div>
    <div className="rule-group-sentence">{data.sentence}</div>
    {data.finding && <div className="block-warning">{data.finding}</div>}
  </div>
);

const nodeTypes = { ...blockTypes, ruleGroup: memo(RuleGroupView) };

/** Every rule at once, one group per rule in order; read only, "Edit" opens a rule. */
export const AllRulesCanvas = ({
  findings,
  onEdit,
}: {
  findings: Record<number, { message: string }[]>;
  onEdit: (index: number) => void;
}) => {
  const draft = useBuilder((s) => s.draft);
  const { nodes, edges } = useMemo(() => {
    if (!draft) return { nodes: [], edges: [] };
    const laid = allRulesLayout(draft);
    return {
      nodes: laid.nodes.map((n) => {
        if (n.type !== 'ruleGroup') return { ...n, selectable: false, draggable: false } as Node;
        const g = n.data as RuleGroupData;
        return {
          ...n,
          draggable: false,
          selectable: false,
          ariaLabel: `Rule ${g.index + 1}: ${g.name}`,
          data: { ...g, finding: findings[g.index]?.[0]?.message },
        } as Node;
      }),
      edges: laid.edges,
    };
  }, [draft, findings, onEdit]);
  return (
    <div className="canvas all-rules" aria-label="All rules">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        // A click anywhere on a rule opens it (and gives the nodes pointer events at all).
        onNodeClick={(_, n) => {
          const group = n.type === 'ruleGroup' ? n : nodes.find((g) => g.id === n.parentId);
          if (group) onEdit((group.data as RuleGroupData).index);
        }}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable={false}
        // The first rules fill the width; the wheel scrolls down through the rest, like a page.
        fitView
        fitViewOptions={{
          nodes: nodes.slice(0, 1).map((n) => ({ id: n.id })),
          maxZoom: 0.9,
          padding: 0.05,
        }}
        panOnScroll
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of all rules"
          style={{ width: 160, height: 100 }}
        />
      </ReactFlow>
    </div>
  );
};
