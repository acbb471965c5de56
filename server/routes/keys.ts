import { z } from 'zod';
import { hashSecret, newKeyId, newSecret } from '../auth/secrets';
import { mount, type MountContext } from '../api/operation';
import { ApiKeyView, CreatedKey, CreateKeyBody, KeyIdParams } from '../api/schemas';
import { ApiError } from '../errors';
import { insertKey, listKeys, revokeKey } from '../store/keys';
import type { Deps } from './deps';

/** Keys: who am I, create, list, revoke. */
export const keyRoutes = (ctx: MountContext, { db, keys }: Deps) => {
  mount(
    ctx,
    {
      id: 'getMe',
      method: 'get',
      path: '/v1/me',
      tag: 'Keys',
      summary: 'The key this request is signed with',
      description: 'The builder signs in with a key and reads its scopes here.',
      access: 'any',
      responses: { 200: { description: 'the key, without its secret', schema: ApiKeyView } },
    },
    (c) => c.json(c.get('key')),
  );

  mount(
    ctx,
    {
      id: 'createKey',
      method: 'post',
      path: '/v1/keys',
      tag: 'Keys',
      summary: 'Create an API key',
      description: 'The secret is in the response only; the service keeps its SHA-256 hash.',
      access: 'admin',
      body: CreateKeyBody,
      responses: { 201: { description: 'the new key, with its secret', schema: CreatedKey } },
    },
    async (c, { body }) => {
      const secret = newSecret();
      const key = await insertKey(db, {
        id: newKeyId(),
        name: body.name,
        hash: hashSecret(secret),
        scopes: [...new Set(body.scopes)],
        rateLimitPerMinute: body.rateLimitPerMinute,
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      return c.json({ ...key, key: secret }, 201);
    },
  );

  mount(
    ctx,
    {
      id: 'listKeys',
      method: 'get',
      path: '/v1/keys',
      tag: 'Keys',
      summary: 'List API keys',
      access: 'admin',
      responses: {
        200: {
          description: 'every key, revoked ones included',
          schema: z.object({ keys: z.array(ApiKeyView) }),
        },
      },
    },
    async (c) => c.json({ keys: await listKeys(db) }),
  );

  mount(
    ctx,
    {
      id: 'revokeKey',
      method: 'delete',
      path: '/v1/keys/{id}',
      tag: 'Keys',
      summary: 'Revoke an API key',
      description:
        'Takes effect on every replica within a second, and for good: nothing revives a revoked key, ' +
        'not even a restart with the same HANDOFF_ADMIN_KEY (set a new value to get a new admin key). ' +
        'Revoking a revoked key changes nothing. The revocation is recorded in the audit trail.',
      access: 'admin',
      params: KeyIdParams,
      responses: { 200: { description: 'the revoked key', schema: ApiKeyView } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const key = await revokeKey(db, params.id, {
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      if (!key) throw new ApiError('not_found', `there is no key "${params.id}"`);
      keys.clear();
      return c.json(key);
    },
  );
};
