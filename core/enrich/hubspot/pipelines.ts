import { hubSpotCall, type HubSpotCallContext } from './call';
import { endpoints } from './paths';
import { cached, remember } from './shared';

/** What a stage id means: its pipeline and stage labels and whether records in it are open. */
export interface StageInfo {
  pipelineLabel: string;
  stageLabel: string;
  open?: boolean;
  /** Deals only: closed and won (probability 1). */
  won?: boolean;
}

interface Pipeline {
  id?: unknown;
  label?: unknown;
  stages?: Array<{ id?: unknown; label?: unknown; metadata?: Record<string, unknown> | null }>;
}

const flag = (value: unknown): boolean | undefined =>
  value === true || value === 'true'
    ? true
    : value === false || value === 'false'
      ? false
      : undefined;

// HubSpot's pipelines API: tickets carry `ticketState` (OPEN/CLOSED), deals `isClosed` and
// a `probability` that is 1.0 for won and 0.0 for lost.
const stageState = (
  type: 'deals' | 'tickets',
  metadata: Record<string, unknown>,
): Pick<StageInfo, 'open' | 'won'> => {
  if (type === 'tickets') {
    const state = String(metadata.ticketState ?? '').toUpperCase();
    if (state === 'OPEN' || state === 'CLOSED') return { open: state === 'OPEN' };
    const closed = flag(metadata.isClosed);
    return closed === undefined ? {} : { open: !closed };
  }
  const probability = Number(metadata.probability);
  const closed =
    flag(metadata.isClosed) ?? (probability === 0 || probability === 1 ? true : undefined);
  if (closed === undefined) return {};
  return closed ? { open: false, won: probability === 1 } : { open: true };
};

/**
 * Stage ids to labels and open/closed state for deals or tickets, from
 * `GET …/pipelines/{type}`, cached per token for `ttlMs` (pipelines change rarely, and
 * every handoff would otherwise ask again).
 *
 * @example
 * const stages = await stageIndex(ctx, 'tickets', 600_000);
 * stages.get('4') // { pipelineLabel: 'Support Pipeline', stageLabel: 'Closed', open: false }
 */
export const stageIndex = async (
  ctx: HubSpotCallContext,
  type: 'deals' | 'tickets',
  ttlMs: number,
): Promise<Map<string, StageInfo>> => {
  const now = ctx.client.options.now;
  const key = `pipelines|${type}`;
  const hit = cached<Map<string, StageInfo>>(ctx.shared, key, now());
  if (hit) return hit;
  const answer = (await hubSpotCall(ctx, endpoints.pipelines(type))) as {
    results?: Pipeline[];
  } | null;
  if (!Array.isArray(answer?.results))
    throw new Error(`HubSpot ${type} pipelines: the answer has no "results" list`);
  const index = new Map<string, StageInfo>();
  for (const pipeline of answer.results) {
    for (const stage of pipeline.stages ?? []) {
      if (stage.id === undefined || stage.id === null) continue;
      index.set(`${String(pipeline.id)}|${String(stage.id)}`, {
        pipelineLabel: String(pipeline.label ?? pipeline.id),
        stageLabel: String(stage.label ?? stage.id),
        ...stageState(type, stage.metadata ?? {}),
      });
      // Stage ids are unique in an account; the pipeline-less key serves records read without it.
      index.set(
        String(stage.id),
        index.get(`${String(pipeline.id)}|${String(stage.id)}`) as StageInfo,
      );
    }
  }
  remember(ctx.shared, key, index, now(), ttlMs);
  return index;
};

/** Adds `pipelineLabel`, `stageLabel`, `open` (and `won` for deals) to a flattened record. */
export const withStage = (
  record: Record<string, unknown>,
  stages: Map<string, StageInfo> | undefined,
  stageProperty: string,
  pipelineProperty: string,
): Record<string, unknown> => {
  const stage = record[stageProperty];
  if (!stages || stage === undefined) return record;
  const info =
    stages.get(`${String(record[pipelineProperty])}|${String(stage)}`) ?? stages.get(String(stage));
  return info ? { ...record, ...info } : record;
};
