// The baseline of the API benchmark: the same dashboard (and ranking) query and maths as the server
// (its own repositories and report builders), served by plain node:http + better-sqlite3, no framework.
// BASELINE_CACHE=1 adds the same per-revision cache the server uses, so the ratio against it
// isolates what Fastify, validation and hooks cost.
import { createServer } from 'node:http'
import { openDatabase } from '@ldld/db/client'
import { createRepositories } from '../../server/src/repositories/index.ts'
import { createReports } from '../../server/src/reports/index.ts'

const file = process.env.DATABASE_FILE
const port = Number(process.env.PORT ?? 3202)
const cached = process.env.BASELINE_CACHE === '1'
if (!file) throw new Error('DATABASE_FILE is required')

const repos = createRepositories(openDatabase(file))
const reports = createReports(repos)
const cache = new Map<string, Buffer>()
/** What the benchmark asks the server: the latest figures, read by an anonymous visitor. */
const PUBLIC_LATEST = { basis: 'latest', reader: null } as const
let cacheRevision = ''

/** The same builders the server runs: a level's dashboard (`unit`, default the city) or a ranking. */
function build(path: string, year: number, unit: string | undefined): unknown {
  const level = { unit }
  if (path === '/api/dashboard') return reports.dashboard(year, PUBLIC_LATEST, level)
  const key = /^\/api\/indicators\/([a-z0-9_]+)\/ranking$/.exec(path)?.[1]
  const ranking = key ? reports.ranking(key, year, PUBLIC_LATEST, level) : undefined
  return typeof ranking === 'string' ? undefined : ranking
}

// Bytes, not a string, in the cache: the server does the same, so neither re-encodes UTF-8 per request.
function json(path: string, year: number, unit: string | undefined): Buffer | string | undefined {
  if (!cached) {
    const body = build(path, year, unit)
    return body === undefined ? undefined : JSON.stringify(body)
  }
  const revision = repos.dataRevision()
  if (revision !== cacheRevision) {
    cache.clear()
    cacheRevision = revision
  }
  const key = `${path}|${year}|${unit ?? ''}`
  let body = cache.get(key)
  if (body === undefined) {
    const data = build(path, year, unit)
    if (data === undefined) return undefined
    body = Buffer.from(JSON.stringify(data))
    cache.set(key, body)
  }
  return body
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const year = Number(url.searchParams.get('year'))
  const body = Number.isInteger(year)
    ? json(url.pathname, year, url.searchParams.get('unit') ?? undefined)
    : undefined
  if (body === undefined) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body)
}).listen(port, '127.0.0.1', () => process.send?.('ready'))
