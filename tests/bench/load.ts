// Drives a server with autocannon and returns the figures the benchmark prints.
import autocannon from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  // A short warm-up first: JIT, caches and SQLite pages settle before we measure.
  await autocannon({ url, connections, duration: 2 })
  const r = await autocannon({ url, connections, duration: seconds })
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  }
}
