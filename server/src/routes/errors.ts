// Error responses a route declares, so OpenAPI lists them and the serializer checks them.
import { errorSchema } from '@ldld/db/contracts'

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429

export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<S, typeof errorSchema>
}

/** Every signed-in route can answer these before its own logic runs. */
export const AUTH_ERRORS = [400, 401, 403] as const
