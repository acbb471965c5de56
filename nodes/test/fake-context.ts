import type {
  ICredentialDataDecryptedObject,
  IDataObject,
  IExecuteFunctions,
  IHttpRequestOptions,
  INode,
  INodeExecutionData,
  INodeType,
  IVersionedNodeType,
} from 'n8n-workflow';

/** A parameter value, or a function of the item (what an n8n expression would compute). */
export type FakeParam = unknown | ((itemIndex: number, json: IDataObject) => unknown);

export interface FakeHttpCall {
  credentialType: string | null;
  options: IHttpRequestOptions;
}

export interface FakeContextOptions {
  items: IDataObject[];
  params?: Record<string, FakeParam>;
  credentials?: Record<string, ICredentialDataDecryptedObject>;
  continueOnFail?: boolean;
  /** Answers the node's HTTP requests; records every call in `calls`. */
  http?: (call: FakeHttpCall) => unknown | Promise<unknown>;
}

/**
 * A minimal `IExecuteFunctions` for unit tests: items in, parameters per item, credentials
 * and an HTTP double. Only what the Handoff nodes use is implemented.
 *
 * @example
 * const ctx = fakeContext({ items: [{ chatInput: 'hi' }], params: { runOn: 'local' } });
 * const [out] = await node.execute.call(ctx);
 */
export function fakeContext(options: FakeContextOptions) {
  const calls: FakeHttpCall[] = [];
  const node: INode = {
    id: 'test-node',
    name: 'Handoff Test',
    type: 'n8n-nodes-handoff.test',
    typeVersion: 1,
    position: [0, 0],
    parameters: {},
  };
  const items: INodeExecutionData[] = options.items.map((json) => ({ json }));
  const request = async (credentialType: string | null, requestOptions: IHttpRequestOptions) => {
    const call = { credentialType, options: requestOptions };
    calls.push(call);
    if (!options.http) throw new Error(`unexpected HTTP request to ${requestOptions.url}`);
    return await options.http(call);
  };
  const ctx = {
    getInputData: () => items,
    getNode: () => node,
    continueOnFail: () => options.continueOnFail ?? false,
    getNodeParameter(name: string, itemIndex: number, fallback?: unknown) {
      const params = options.params ?? {};
      if (!(name in params)) {
        if (arguments.length >= 3) return fallback;
        throw new Error(`the test gave no parameter "${name}"`);
      }
      const value = params[name];
      return typeof value === 'function' ? value(itemIndex, items[itemIndex].json) : value;
    },
    async getCredentials(type: string) {
      const found = options.credentials?.[type];
      if (!found) throw new Error(`Node does not have credentials of type "${type}"`);
      return found;
    },
    helpers: {
      httpRequest: (requestOptions: IHttpRequestOptions) => request(null, requestOptions),
      httpRequestWithAuthentication: (type: string, requestOptions: IHttpRequestOptions) =>
        request(type, requestOptions),
    },
  };
  return { ctx: ctx as unknown as IExecuteFunctions, calls };
}

/** Runs a node version's `execute` on a fake context and returns its outputs. */
export async function runNode(
  node: INodeType | IVersionedNodeType,
  ctx: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
  const version = 'nodeVersions' in node ? node.nodeVersions[node.currentVersion] : node;
  if (!version.execute) throw new Error('the node has no execute()');
  return (await version.execute.call(ctx)) as INodeExecutionData[][];
}
