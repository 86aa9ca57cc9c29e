// Sign-in load against page loads (issue 7 §28): while 32 officers sign in over and over (each a full
// argon2id verification at the production cost), one client fetches /favicon.svg and /index.html one
// after another. Printed: their p50/p99 with and without the sign-in load, and sign-ins per second.
// All clients share one address, so the throttle lets at most 20 attempts be in flight (the rest get
// a quick 429): that is the load one office behind one NAT can put on the server. Bounded in time;
// talks to the local server only.
import { openDatabase } from '@ldld/db/client'
import { createUser } from '../../server/src/auth/accounts.ts'
import { createPasswordHasher } from '../../server/src/auth/password.ts'
import { createRepositories } from '../../server/src/repositories/index.ts'

const SIGN_IN_CLIENTS = 32
const PASSWORD = 'bench-sen-hong-mua-thu'

async function timed(url: string): Promise<number> {
  const start = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return performance.now() - start
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

async function pageLoads(baseUrl: string, seconds: number): Promise<{ favicon: number[]; index: number[] }> {
  const favicon: number[] = []
  const index: number[] = []
  const end = Date.now() + seconds * 1000
  while (Date.now() < end) {
    favicon.push(await timed(`${baseUrl}/favicon.svg`))
    index.push(await timed(`${baseUrl}/`))
  }
  return { favicon: favicon.sort((a, b) => a - b), index: index.sort((a, b) => a - b) }
}

/** Viewer accounts for the sign-in clients, one each, created in the database file directly. */
async function createAccounts(dbFile: string): Promise<string[]> {
  const db = openDatabase(dbFile)
  const hasher = createPasswordHasher()
  try {
    const repos = createRepositories(db)
    const names = Array.from({ length: SIGN_IN_CLIENTS }, (_, i) => `signin${String(i).padStart(2, '0')}`)
    for (const username of names)
      await createUser(
        repos,
        hasher,
        { username, displayName: `Bench ${username}`, role: 'viewer', unit: null, password: PASSWORD },
        { chosenByOwner: true },
      )
    return names
  } finally {
    await hasher.close()
    db.$client.close()
  }
}

async function signInLoad(baseUrl: string, names: string[], stop: () => boolean) {
  const counts = { ok: 0, throttled: 0, other: 0 }
  const client = async (username: string) => {
    while (!stop()) {
      const res = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      })
      await res.arrayBuffer()
      if (res.status === 200) counts.ok += 1
      else if (res.status === 429) counts.throttled += 1
      else counts.other += 1
    }
  }
  await Promise.all(names.map(client))
  return counts
}

export async function benchSignInLoad(baseUrl: string, dbFile: string, seconds = 5): Promise<void> {
  const names = await createAccounts(dbFile)
  const quiet = await pageLoads(baseUrl, seconds)
  let done = false
  const burst = signInLoad(baseUrl, names, () => done)
  const loaded = await pageLoads(baseUrl, seconds)
  done = true
  const signIns = await burst
  const line = (name: string, q: number[], l: number[]) =>
    `${name.padEnd(14)} quiet p50 ${percentile(q, 50).toFixed(1)} ms, p99 ${percentile(q, 99).toFixed(1)} ms   ` +
    `under sign-in load p50 ${percentile(l, 50).toFixed(1)} ms, p99 ${percentile(l, 99).toFixed(1)} ms`
  console.log(
    `\nsign-in load: ${SIGN_IN_CLIENTS} officers signing in for ${seconds} s beside one page reader`,
  )
  console.log(line('/favicon.svg', quiet.favicon, loaded.favicon))
  console.log(line('/index.html', quiet.index, loaded.index))
  console.log(
    `sign-ins: ${(signIns.ok / seconds).toFixed(1)}/s verified (argon2id 19 MiB × 2, one hashing thread), ` +
      `${signIns.throttled} answered 429 at once (20 in flight per address), ${signIns.other} other`,
  )
}
