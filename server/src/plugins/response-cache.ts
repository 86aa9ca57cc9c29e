// Serialized responses kept in memory until the data changes. The dashboard is ~100 kB of JSON built
// from a few thousand figures; building it per request cannot meet p99 ≤ 10 ms at 50 connections,
// while a cached body (compressed once per encoding, see `CachedJson.bodies`) can.
import { createHash, randomBytes } from 'node:crypto'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import { noteAudience, type DataBasis, type NoteReader } from '@ldld/db/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'

export type BodyEncoding = 'br' | 'gzip' | 'identity'

export interface CachedJson {
  /** Built for one audience only: sent as `private`, so no shared cache hands it to another reader. */
  audience: string
  etag: string
  /**
   * The body in the encodings sent so far. Once a compressed body exists the JSON's own bytes are
   * not kept (they are unpacked again if a client asks for them): what a cache of 500 answers keeps
   * is ~45 KB each, not ~215 KB, and 500 kept JSON strings had held ~200 MB of heap that every
   * major collection walked (issue 8: 4–6 collections of 8–16 ms during 680 cold answers).
   * Bytes, not strings: sending a buffer spares Node re-encoding ~100 kB of Vietnamese text.
   */
  bodies: Partial<Record<BodyEncoding, Buffer>>
}

/**
 * Who a cached body may go to. Bodies with notes differ by reader (a draft note stays with its unit,
 * the city and admins), so every key names the reader's audience: a body built for one audience is
 * never found under another's key.
 */
export interface CacheScope {
  /** What was asked: "dashboard:2024:accepted". */
  resource: string
  /** `noteAudience(reader)`: "public", "all" or "unit:<code>". */
  audience: string
}

export function cacheKey({ resource, audience }: CacheScope): string {
  return `${resource}|notes=${audience}`
}

/** The reader of a request as the note rule sees it, and the scope of a read route's cached body. */
export function readScope(request: FastifyRequest, resource: string, basis: DataBasis) {
  const user = request.user
  const reader: NoteReader | null = user ? { role: user.role, unit: user.unit } : null
  return {
    options: { basis, reader },
    scope: { resource: `${resource}:${basis}`, audience: noteAudience(reader) },
  }
}

export interface ResponseCache {
  /**
   * The cached body for `key`, built on a miss (and, when the cache checks contracts, decoded with
   * `schema` first); undefined if `build` finds nothing. `build` returns the body as sent: the
   * schema's input, whose defaulted fields may be left out (a dashboard's cells).
   */
  json<S extends z.ZodType>(
    scope: CacheScope,
    schema: S,
    build: () => z.input<S> | undefined,
  ): CachedJson | undefined
}

export interface ResponseCacheOptions {
  maxEntries?: number
  /**
   * Decode every body with its contract before caching it (a body that breaks it throws: a 500 in
   * place of a wrong answer). On for tests and development (`buildApp`'s default); the production
   * server turns it off: a national level's 3.780 cells cost 12–20 ms to check on every cold
   * request, and the API tests decode every answer they read with the same schemas.
   */
  checkContracts?: boolean
}

/**
 * Decodes `body` with `schema` (throws on a broken contract) and refuses a key the contract does not
 * name: the body is sent as built, so nothing strips an internal field on the way out.
 */
export function checkBody(schema: z.ZodType, body: unknown): void {
  const unknownKey = (sent: unknown, decoded: unknown, path: string): string | null => {
    if (Array.isArray(sent) && Array.isArray(decoded)) {
      for (let i = 0; i < sent.length; i++) {
        const found = unknownKey(sent[i], decoded[i], `${path}[${i}]`)
        if (found) return found
      }
      return null
    }
    if (sent === null || typeof sent !== 'object' || decoded === null || typeof decoded !== 'object')
      return null
    // A codec sends another shape than it decodes to (a dashboard's cells: columns → cells); its wire
    // schema is strict itself (`cellGridSchema`), so zod has refused any key it does not name.
    if (Array.isArray(sent) !== Array.isArray(decoded)) return null
    for (const [key, value] of Object.entries(sent)) {
      if (value === undefined) continue
      if (!(key in decoded)) return `${path}.${key}`
      const found = unknownKey(value, (decoded as Record<string, unknown>)[key], `${path}.${key}`)
      if (found) return found
    }
    return null
  }
  const extra = unknownKey(body, schema.parse(body), '$')
  if (extra) throw new Error(`The response holds ${extra}, which its contract does not name.`)
}

/** Tells this process's ETags from another's (or an earlier run's, whose revisions counted anew). */
const PROCESS_TAG = randomBytes(6).toString('base64url')

/**
 * A body's ETag without reading the body (a sha1 of a national level's 0,9 MB took 1–1,5 ms per cold
 * answer, issue 8): a body is built once per cache key and data revision, so this process, the
 * revision and the key name it. Any committed change gives every body a new tag.
 */
export function revisionEtag(revision: string, key: string): string {
  const keyHash = createHash('sha1').update(key).digest('base64url').slice(0, 16)
  return `"${PROCESS_TAG}-${revision.replace(/[^\w-]/g, '-')}-${keyHash}"`
}

/**
 * `JSON.stringify(value)` as UTF-8 bytes, written field by field for an object: the same bytes, but
 * a field of plain ASCII (a dashboard's cells: 70 % of it) stays a one-byte string, while one text
 * with a diacritic made the whole JSON a two-byte string, slower to write and to encode (a
 * 3.321-unit level's page: 2,0–3,5 ms → 1,5–2,4 ms).
 */
export function jsonBytes(value: unknown): Buffer {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value)
    return Buffer.from(JSON.stringify(value), 'utf8')
  const parts: Buffer[] = []
  for (const [key, field] of Object.entries(value)) {
    const json = JSON.stringify(field) as string | undefined
    // Left out as JSON.stringify leaves them out: undefined, functions, symbols.
    if (json === undefined) continue
    parts.push(Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`, 'utf8'))
    parts.push(Buffer.from(json, 'utf8'))
  }
  parts.push(Buffer.from(parts.length === 0 ? '{}' : '}', 'utf8'))
  return Buffer.concat(parts)
}

/** `revision` changes whenever committed data changes; a new revision empties the cache. */
export function createResponseCache(
  revision: () => string,
  { maxEntries = 500, checkContracts = true }: ResponseCacheOptions = {},
): ResponseCache {
  const entries = new Map<string, CachedJson>()
  let current: string | undefined
  return {
    json(scope, schema, build) {
      const key = cacheKey(scope)
      const now = revision()
      if (now !== current) {
        entries.clear()
        current = now
      }
      const hit = entries.get(key)
      if (hit) return hit
      const data = build()
      if (data === undefined) return undefined
      // The cached string bypasses the route serializer: it is checked here, the way the web reads
      // it (decode, defaults filled), once per data revision, unless the app turned checks off.
      if (checkContracts) checkBody(schema, data)
      const entry: CachedJson = {
        audience: scope.audience,
        bodies: { identity: jsonBytes(data) },
        etag: revisionEtag(now, key),
      }
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next()
        if (!oldest.done) entries.delete(oldest.value)
      }
      entries.set(key, entry)
      return entry
    },
  }
}

/** br, then gzip, among the encodings the client accepts (q > 0); null for identity. */
export function preferredEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null
  const quality = new Map<string, number>()
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim())
    const q = params.find((p) => p.startsWith('q='))
    quality.set(name, q === undefined ? 1 : Number(q.slice(2)))
  }
  const accepts = (encoding: string) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0
  if (accepts('br')) return 'br'
  return accepts('gzip') ? 'gzip' : null
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })
}

/**
 * Above this size a body is compressed at a fast level: a national level's dashboard (1,7 MB of JSON,
 * issue 8; 0,7–0,9 MB with slim cells) takes 2–3 ms at gzip 1 / br 1 instead of 3–5 ms at 3 and
 * 10 / 17 ms at 6, and still sends under 130 KB (a province: 66–73 KB, 200 KB is the budget). With
 * cells as columns a province is 200–250 KB of JSON: gzip 6 took 4,5–11 ms of a cold answer, gzip 1
 * takes 1,4 ms for 36 KB instead of 31 KB (br 1: 0,8 ms, 33 KB); 100 KB: 0,9 against 3 ms.
 */
export const LARGE_BODY = 64 * 1024

/**
 * Sends a cached body as JSON. Bytes go out as they are (no serializer runs); a compressed body
 * carries its Content-Encoding, so @fastify/compress leaves it alone.
 */
export function sendCachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: CachedJson,
): FastifyReply {
  reply
    .header('cache-control', entry.audience === 'public' ? 'no-cache' : 'private, no-cache')
    .header('etag', entry.etag)
    .header('vary', entry.audience === 'public' ? 'accept-encoding' : 'accept-encoding, cookie')
    .type('application/json; charset=utf-8')
  if (matchesEtag(request.headers['if-none-match'], entry.etag)) return reply.code(304).send()
  const encoding = preferredEncoding(request.headers['accept-encoding']) ?? 'identity'
  const body = bodyIn(entry, encoding)
  return encoding === 'identity' ? reply.send(body) : reply.header('content-encoding', encoding).send(body)
}

/**
 * The cached body in `encoding`, made from the JSON's bytes (unpacked from a kept body if need be)
 * the first time it is asked for, then kept; the JSON's bytes are dropped once a compressed body is
 * kept (see `CachedJson.bodies`).
 */
export function bodyIn(entry: CachedJson, encoding: BodyEncoding): Buffer {
  const kept = entry.bodies[encoding]
  if (kept) return kept
  const { bodies } = entry
  const json =
    bodies.identity ?? (bodies.gzip ? gunzipSync(bodies.gzip) : brotliDecompressSync(bodies.br as Buffer))
  if (encoding === 'identity') return json
  const large = json.length > LARGE_BODY
  const body =
    encoding === 'br'
      ? brotliCompressSync(json, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: large ? 1 : 6,
            [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
          },
        })
      : gzipSync(json, { level: large ? 1 : 6 })
  bodies[encoding] = body
  delete bodies.identity
  return body
}
