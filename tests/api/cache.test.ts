// The dashboard, ranking and series are served from an in-memory cache of their JSON. These tests
// pin down when that cache must be dropped, and that what it serves is exactly the contract.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { openDatabase } from '@ldld/db/client'
import { achievementPercent, dashboardResponseSchema, seriesResponseSchema } from '@ldld/db/contracts'
import { bumpDataRevision } from '@ldld/server/app'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'

const t = testAppForFile()

async function hbtNewMembers2021(): Promise<{ actual: number | null; percent: number | null }> {
  const res = await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2021' })
  const cell = dashboardResponseSchema
    .parse(res.json())
    .cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
  return { actual: cell?.actual ?? null, percent: cell?.percent ?? null }
}

const UPDATE_HBT = `UPDATE figures SET actual = ? WHERE indicator_key = 'new_members' AND year = 2021
  AND org_id = (SELECT id FROM organisations WHERE code = '007')`

describe('response cache', () => {
  it('serves the same body twice, with an ETag that answers 304 when unchanged', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2021' })
    const second = await t.app.inject({ method: 'GET', url: '/api/dashboard?year=2021' })
    expect(second.body).toBe(first.body)
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^"[\w-]+"$/)
    const revalidated = await t.app.inject({
      method: 'GET',
      url: '/api/dashboard?year=2021',
      headers: { 'if-none-match': etag },
    })
    expect(revalidated.statusCode).toBe(304)
    expect(revalidated.body).toBe('')
  })

  it('sends gzip and brotli bodies that decode to the same JSON', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/organisations/007/series' })
    seriesResponseSchema.parse(plain.json())
    for (const [encoding, decode] of [
      ['gzip', gunzipSync],
      ['br', brotliDecompressSync],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/organisations/007/series',
        headers: { 'accept-encoding': encoding },
      })
      expect(res.headers['content-encoding']).toBe(encoding)
      expect(res.headers.vary).toMatch(/accept-encoding/i)
      expect(decode(res.rawPayload).toString('utf8')).toBe(plain.body)
    }
  })

  it('shows a figure changed through another connection on the next request', async () => {
    expect(await hbtNewMembers2021()).toEqual({ actual: 2352, percent: 176.8 })
    // A second connection, as an import script or another server process would have.
    const other = openDatabase(t.file).$client
    try {
      other.prepare(UPDATE_HBT).run(2500)
    } finally {
      other.close()
    }
    expect(await hbtNewMembers2021()).toEqual({ actual: 2500, percent: achievementPercent(2500, 1330) })
  })

  it('shows a figure written in this process once the write bumps the data revision', async () => {
    // data_version does not move for the connection's own commits: the writer must bump the revision.
    t.db.$client.prepare(UPDATE_HBT).run(2600)
    bumpDataRevision(t.db)
    expect(await hbtNewMembers2021()).toEqual({ actual: 2600, percent: achievementPercent(2600, 1330) })
  })
})
