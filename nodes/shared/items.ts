import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** What a node makes of one item: its new fields and the output it goes to (none: dropped). */
export interface ItemResult {
  json: IDataObject;
  output: number | null;
}

/**
 * Runs `handle` for every input item, one at a time, and sorts the results into `outputs`
 * lists with `pairedItem` set. A failing item stops the node with a `NodeOperationError`
 * naming the item, or, with "Continue On Fail", goes to the first output with an `error`
 * field beside its own fields.
 *
 * @example
 * return await mapItems(this, 1, async (item) => ({ json: { ...item.json, ok: true }, output: 0 }));
 */
export async function mapItems(
  ctx: IExecuteFunctions,
  outputs: number,
  handle: (item: INodeExecutionData, itemIndex: number) => Promise<ItemResult>,
): Promise<INodeExecutionData[][]> {
  const items = ctx.getInputData();
  const result: INodeExecutionData[][] = Array.from({ length: outputs }, () => []);
  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    try {
      const { json, output } = await handle(items[itemIndex], itemIndex);
      if (output !== null) result[output].push({ json, pairedItem: { item: itemIndex } });
    } catch (error) {
      if (ctx.continueOnFail()) {
        result[0].push({
          json: { ...items[itemIndex].json, error: (error as Error).message },
          pairedItem: { item: itemIndex },
        });
        continue;
      }
      throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
    }
  }
  return result;
}
