/**
 * HubSpot's answers as its OpenAPI files and docs define them: the `Error` schema
 * (`status`, `message`, `correlationId`, `category`, `errors[].context`), the 429 body of
 * the usage guidelines (`errorType`, `policyName`), and batch responses with `errors` for
 * 207 multi-status.
 */
let counter = 0;
export const correlationId = () => `0b9f5a3e-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export const unauthorized = () => ({
  status: 'error',
  message:
    'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
  correlationId: correlationId(),
  category: 'INVALID_AUTHENTICATION',
});

export const missingScopes = (scopes: string[]) => ({
  status: 'error',
  message:
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
  correlationId: correlationId(),
  errors: [
    {
      message: 'One or more of the following scopes are required.',
      context: { requiredGranularScopes: scopes },
    },
  ],
  links: { scopes: 'https://developers.hubspot.com/scopes' },
  category: 'MISSING_SCOPES',
});

export const rateLimited = (policyName: 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY') => ({
  status: 'error',
  message:
    policyName === 'SECONDLY'
      ? 'You have reached your secondly limit.'
      : `You have reached your ${policyName.toLowerCase()} limit.`,
  errorType: 'RATE_LIMIT',
  correlationId: correlationId(),
  policyName,
  requestId: correlationId(),
});

export const notFound = (path: string) => ({
  status: 'error',
  message: `Unable to infer object type from: ${path}`,
  correlationId: correlationId(),
  category: 'OBJECT_NOT_FOUND',
});

export const serverError = () => ({
  status: 'error',
  message: 'internal error',
  correlationId: correlationId(),
  category: 'INTERNAL_ERROR',
});

const stamp = '2026-11-20T10:00:00.000Z';

/** A `BatchResponse…` body; with missing ids it is the 207 `…WithErrors` shape. */
export const batch = (results: unknown[], missing: string[], objectType: string) => ({
  status: 'COMPLETE',
  results,
  ...(missing.length > 0
    ? {
        numErrors: 1,
        errors: [
          {
            status: 'error',
            category: 'OBJECT_NOT_FOUND',
            message: `Could not get some ${objectType.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
            context: { ids: missing },
          },
        ],
      }
    : {}),
  startedAt: stamp,
  completedAt: stamp,
});

/** A `SimplePublicObject`: every asked property present, `null` when the record has no value. */
export const publicObject = (
  id: string,
  record: Record<string, string | null>,
  properties: string[],
) => ({
  id,
  properties: {
    ...Object.fromEntries(properties.map((p) => [p, record[p] ?? null])),
    hs_object_id: id,
    createdate: record.createdate ?? '2025-01-01T00:00:00.000Z',
    lastmodifieddate: '2026-11-01T00:00:00.000Z',
  },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  archived: false,
});
