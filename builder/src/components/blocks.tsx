import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BlockNode } from '../store/builder-store';
import { blockWords } from '../lib/words';

const titles: Record<BlockNode['data']['kind'], string> = {
  signal: 'Signal',
  compare: 'Field',
  flag: 'Yes / no',
  words: 'Words',
  logic: 'Logic',
  raw: 'Custom expression',
  outcome: 'Outcome',
};

/** One block on the canvas: its kind, its words, its problem or its test value. */
const BlockView = ({ data, selected }: NodeProps<BlockNode>) => {
  const takesInput = data.kind === 'logic' || data.kind === 'outcome';
  const gives = data.kind !== 'outcome';
  const cls = [
    'block',
    `block-${data.kind}`,
    data.issue ? 'has-issue' : data.warning ? 'has-warning' : '',
    data.lit ? 'lit' : '',
    data.diff ? `diff-${data.diff}` : '',
    selected ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const text = data.kind === 'raw' ? JSON.stringify(data.json) : blockWords(data);
  return (
    <div className={cls} title={data.issue ?? data.warning ?? undefined}>
      {takesInput && <Handle type="target" position={Position.Left} aria-label="input" />}
      <div className="block-title">
        {titles[data.kind]}
        {data.kind === 'outcome' && (data.then.handoff ? ': hand off' : ': keep the bot')}
      </div>
      <div className={data.kind === 'raw' ? 'block-text mono' : 'block-text'}>{text}</div>
      {data.shown !== undefined && <div className="block-value">now: {data.shown}</div>}
      {data.issue && <div className="block-issue">{data.issue}</div>}
      {!data.issue && data.warning && <div className="block-warning">{data.warning}</div>}
      {gives && <Handle type="source" position={Position.Right} aria-label="output" />}
    </div>
  );
};

const Block = memo(BlockView);

/** One component for every kind; the kind is the node's type (for styling and the minimap). */
export const nodeTypes = {
  signal: Block,
  compare: Block,
  flag: Block,
  words: Block,
  logic: Block,
  raw: Block,
  outcome: Block,
};
