// Draft notes (issue 7, item 8): a note of an unaccepted report stays with its unit, the city and
// admins, through every read route and through the response cache; it is public once accepted.
import { dashboardResponseSchema, seriesResponseSchema } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { reportVersion, setReportState } from '../fixtures/reports.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const NOTE = 'Nháp: số liệu tạm, chờ xác minh với 3 CĐCS'

const t = testAppForFile()
const callers: Record<string, Caller> = {}
beforeAll(async () => {
  for (const user of ['d007', 'd001', 'city', 'admin', 'viewer'])
    callers[user] = as(t.app, await signIn(t.app, user))
  callers['anonymous'] = as(t.app, null)
  const res = await callers['d007']?.send('PUT', '/api/organisations/007/years/2025/values', {
    version: reportVersion(t.db, '007', 2025),
    values: [{ indicator: 'new_members', actual: 1200, note: NOTE }],
  })
  expect(res?.statusCode, res?.body).toBe(200)
})

async function notesSeenBy(user: string) {
  const caller = callers[user]
  if (!caller) throw new Error(user)
  const board = await caller.get('/api/dashboard?year=2025')
  expect(board.statusCode).toBe(200)
  const series = await caller.get('/api/organisations/007/series')
  expect(series.statusCode).toBe(200)
  const cell = dashboardResponseSchema
    .parse(board.json())
    .cells.find((c) => c.unit === '007' && c.indicator === 'new_members')
  const yearCell = seriesResponseSchema
    .parse(series.json())
    .cells.find((c) => c.year === 2025 && c.indicator === 'new_members')
  return {
    dashboard: cell?.note ?? null,
    series: yearCell?.note ?? null,
    raw: board.body.includes('chờ xác minh') || series.body.includes('chờ xác minh'),
    cacheControl: board.headers['cache-control'],
  }
}

describe('notes of a draft report', () => {
  it('reach the unit, the city and admins, even when the city filled the cache first', async () => {
    for (const user of ['city', 'd007', 'admin']) {
      const seen = await notesSeenBy(user)
      expect(seen, user).toMatchObject({ dashboard: NOTE, series: NOTE })
      // Personal bodies must not sit in a shared cache.
      expect(seen.cacheControl).toBe('private, no-cache')
    }
  })

  it('reach no one else: not anonymous readers, viewers or another district', async () => {
    for (const user of ['anonymous', 'viewer', 'd001']) {
      const seen = await notesSeenBy(user)
      expect([seen.dashboard, seen.series, seen.raw], user).toEqual([null, null, false])
    }
    expect((await notesSeenBy('anonymous')).cacheControl).toBe('no-cache')
  })

  it('stay hidden while submitted or returned', async () => {
    for (const status of ['submitted', 'returned'] as const) {
      setReportState(t.db, '007', 2025, status)
      expect((await notesSeenBy('anonymous')).raw, status).toBe(false)
      expect((await notesSeenBy('city')).dashboard, status).toBe(NOTE)
    }
  })

  it('become public once the city accepts the report', async () => {
    setReportState(t.db, '007', 2025, 'accepted')
    expect(await notesSeenBy('anonymous')).toMatchObject({ dashboard: NOTE, series: NOTE })
    expect((await notesSeenBy('d001')).dashboard).toBe(NOTE)
  })

  it('keep the published record public: notes of figures from a source, with no report', async () => {
    const res = await callers['anonymous']?.get('/api/organisations/001/series')
    const cells = seriesResponseSchema.parse(res?.json()).cells
    expect(cells.some((c) => c.year === 2016 && c.note?.includes('2.900.000.000'))).toBe(true)
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
