// How long and how much a client may take. Without these a client trickling a body one byte at a
// time held a connection for minutes, and sign-in parsed 1 MiB of nested JSON per request.

export interface HttpTimeouts {
  /** The request line and headers must arrive within this. */
  headersTimeout: number
  /** The whole request, body included, must arrive within this (answered 408, connection closed). */
  requestTimeout: number
  /** An idle keep-alive connection is closed after this; above nginx's 60 s upstream idle time. */
  keepAliveTimeout: number
  /** A connection with no traffic either way is closed after this. */
  connectionTimeout: number
  /** How often Node checks the two request timeouts (its default, 30 s, would double them). */
  connectionsCheckingInterval: number
}

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 65_000,
  connectionTimeout: 60_000,
  connectionsCheckingInterval: 2_000,
}

/**
 * The default body limit: sign-in and every small JSON route. Routes that really take more (a whole
 * report with notes, the city's target grid) raise it with `bodyLimit: LARGE_BODY_LIMIT`.
 */
export const BODY_LIMIT = 16 * 1024
export const LARGE_BODY_LIMIT = 256 * 1024

export function httpServerOptions(overrides: Partial<HttpTimeouts> = {}) {
  const t = { ...HTTP_TIMEOUTS, ...overrides }
  return {
    bodyLimit: BODY_LIMIT,
    requestTimeout: t.requestTimeout,
    keepAliveTimeout: t.keepAliveTimeout,
    connectionTimeout: t.connectionTimeout,
    http: {
      headersTimeout: t.headersTimeout,
      connectionsCheckingInterval: t.connectionsCheckingInterval,
    },
  }
}
