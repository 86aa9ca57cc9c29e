// Drives a server with a load generator and returns the figures the benchmark prints.
// wrk (C, Debian package `wrk`) is preferred: on a 2-core machine a Node load generator takes a
// whole core and its own pauses show up in the server's p99. autocannon is the fallback.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import autocannon from 'autocannon'

export interface LoadResult {
  tool: 'wrk' | 'autocannon'
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
}

const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => existsSync(p))
const run = promisify(execFile)

/** wrk prints "99%    3.79ms" (or us / s); returns milliseconds. */
function wrkMillis(output: string, label: string): number {
  const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(output)
  if (!m?.[1]) return Number.NaN
  const scale = m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1
  return Number(m[1]) * scale
}

async function withWrk(
  wrk: string,
  url: string,
  connections: number,
  seconds: number,
  script?: string,
): Promise<LoadResult> {
  const args = (s: number) => [
    '-t1',
    `-c${connections}`,
    `-d${s}s`,
    '--latency',
    ...(script ? ['-s', script] : []),
    url,
  ]
  await run(wrk, args(2)) // warm-up: JIT, caches and SQLite pages settle before we measure
  const { stdout } = await run(wrk, args(seconds))
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout)
  const socketErrors = socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0
  return {
    tool: 'wrk',
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN),
    p50: wrkMillis(stdout, '50%'),
    p99: wrkMillis(stdout, '99%'),
    errors: non2xx + socketErrors,
  }
}

async function withAutocannon(url: string, connections: number, seconds: number): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 2 })
  const r = await autocannon({ url, connections, duration: seconds })
  return {
    tool: 'autocannon',
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  }
}

export function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  return WRK ? withWrk(WRK, url, connections, seconds) : withAutocannon(url, connections, seconds)
}

/**
 * wrk with a Lua script (e.g. one that cycles through many URLs so every request misses the
 * server's cache). Only with wrk: undefined when wrk is not installed.
 */
export function loadWithScript(
  url: string,
  connections: number,
  seconds: number,
  script: string,
): Promise<LoadResult> | undefined {
  return WRK ? withWrk(WRK, url, connections, seconds, script) : undefined
}
