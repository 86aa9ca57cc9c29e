// Security headers on every answer (issue 7 §12), with @fastify/helmet. The Content-Security-Policy is
// one the built app satisfies as it is: scripts and styles only from this origin (no inline script,
// no eval), images and fonts also as data:/blob: URLs (the PNG export draws slides through an SVG
// data URL; the deck's favicon is a data URL), no plugins, no framing by other sites, forms and
// fetches to this origin only. `tests/e2e/csp.spec.ts` walks every page and fails on any violation.
// HSTS only when the request came over https (directly, or as the trusted proxy says): sent over
// plain http it would be ignored at best, and lock a test machine out of http at worst.
import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'
import { DOCS_PREFIX } from './swagger.ts'

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // React and the chart library set element styles through the DOM; that needs no inline allowance.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

/**
 * The policy of a page drawn on the server (server/src/page-renderer.ts): the same, plus exactly
 * the style attributes that page's markup carries, by hash ('unsafe-hashes' allows no other).
 */
export function pagePolicy(styleHashes: readonly string[]): string {
  if (styleHashes.length === 0) return policy(CONTENT_SECURITY_POLICY)
  return policy({ ...CONTENT_SECURITY_POLICY, 'style-src-attr': ["'unsafe-hashes'", ...styleHashes] })
}

/** Swagger UI (the API docs) sets one inline style; it runs no inline script either. */
const DOCS_POLICY = policy({ ...CONTENT_SECURITY_POLICY, 'style-src': ["'self'", "'unsafe-inline'"] })

/** One year, as browsers' preload lists expect; no includeSubDomains: other hosts of the domain are not ours. */
const HSTS = 'max-age=31536000'

export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: false,
      // The app loads nothing cross-origin, and Swagger UI's images are its own.
      crossOriginEmbedderPolicy: false,
    })
    app.addHook('onRequest', async (request, reply) => {
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS)
      if (request.url.startsWith(DOCS_PREFIX)) reply.header('content-security-policy', DOCS_POLICY)
    })
  },
  { name: 'security' },
)
