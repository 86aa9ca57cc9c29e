// The baseline of the API benchmark: the same dashboard query and maths as the server (its own
// repositories and report builder), served by plain node:http + better-sqlite3, no framework.
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

// Bytes, not a string, in the cache: the server does the same, so neither re-encodes UTF-8 per request.
function dashboardJson(year: number): Buffer | string {
  if (!cached) return JSON.stringify(reports.dashboard(year, PUBLIC_LATEST))
  const revision = repos.dataRevision()
  if (revision !== cacheRevision) {
    cache.clear()
    cacheRevision = revision
  }
  const key = String(year)
  let body = cache.get(key)
  if (body === undefined) {
    body = Buffer.from(JSON.stringify(reports.dashboard(year, PUBLIC_LATEST)))
    cache.set(key, body)
  }
  return body
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const year = Number(url.searchParams.get('year'))
  if (url.pathname !== '/api/dashboard' || !Number.isInteger(year)) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(dashboardJson(year))
}).listen(port, '127.0.0.1', () => process.send?.('ready'))
