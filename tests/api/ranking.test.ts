import { type Ranking, type RankingRow } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { readRanking } from '../fixtures/reads.ts'
import { expectError, expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()

const ranking = (key: string, year: number) => readRanking(t.app, key, `year=${year}`)

const scoreOf = (r: Ranking) => (row: RankingRow) => (r.rankedBy === 'percent' ? row.percent : row.actual)

/** Competition ranking: a unit's rank is one more than the number of units with a strictly better score. */
function expectCompetitionRanks(r: Ranking): void {
  const score = scoreOf(r)
  for (const row of r.rows) {
    const s = score(row)
    if (s === null) {
      expect(row.rank).toBeNull()
      continue
    }
    const better = r.rows.filter((other) => {
      const o = score(other)
      return o !== null && o > s
    }).length
    expect(row.rank, row.unit).toBe(better + 1)
  }
}

describe('GET /api/indicators/:key/ranking — validation', () => {
  it.each(['year=abc', 'year=1999', 'year=2101', 'year=20.5', '', 'year=2021&sort=desc'])(
    '?%s → 400',
    async (query) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/indicators/new_unions/ranking?${query}` })
      expectInvalid(res, query.includes('sort') ? 'sort' : 'year')
    },
  )

  it.each(['New_Unions', 'x', 'new-unions', `a${'b'.repeat(45)}`, '%27%3B--'])(
    'key %s → 400',
    async (key) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/indicators/${key}/ranking?year=2021` })
      expectInvalid(res, 'key')
    },
  )

  it('unknown indicator → 404 indicator_not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/new_robots/ranking?year=2021' })
    const body = expectError(res, 404, 'indicator_not_found')
    expect(body.error.message).toBe('Không tìm thấy chỉ tiêu có mã "new_robots".')
  })
})

describe('GET /api/indicators/:key/ranking — happy path', () => {
  it('ranks the 30 districts on % đạt for an indicator with targets, ties sharing a rank', async () => {
    const r = await ranking('new_unions', 2020)
    expect(r).toMatchObject({ indicator: 'new_unions', year: 2020, rankedBy: 'percent' })
    expect(r.rows).toHaveLength(30)
    expectCompetitionRanks(r)
    const thanhTri = r.rows.find((row) => row.unit === '020')
    expect(thanhTri).toMatchObject({
      name: 'Thanh Trì',
      actual: 11,
      target: 12,
      percent: 91.7,
      status: 'near',
    })
    // Rows come in rank order, unranked units last.
    const ranks = r.rows.map((row) => row.rank ?? Number.POSITIVE_INFINITY)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('gives previousRank from the year before and rankChange = previousRank − rank', async () => {
    const now = await ranking('new_members', 2021)
    const before = await ranking('new_members', 2020)
    const rankIn2020 = new Map(before.rows.map((row) => [row.unit, row.rank]))
    for (const row of now.rows) {
      expect(row.previousRank, row.unit).toBe(rankIn2020.get(row.unit) ?? null)
      const change = row.rank !== null && row.previousRank !== null ? row.previousRank - row.rank : null
      expect(row.rankChange).toBe(change)
    }
    const hbt = now.rows.find((row) => row.unit === '007')
    expect(hbt).toMatchObject({ actual: 2352, target: 1330, percent: 176.8, illustrative: false })
    expect(now.sources.some((s) => s.id === hbt?.sourceId && s.kind === 'article')).toBe(true)
  })

  it('ranks an indicator without targets on its value', async () => {
    const r = await ranking('members_total', 2021)
    expect(r.rankedBy).toBe('value')
    expectCompetitionRanks(r)
    expect(r.rows[0]?.rank).toBe(1)
    expect(r.rows.every((row) => row.target === null)).toBe(true)
  })

  it('ranks no one in a year without figures, and has no previous rank before the first year', async () => {
    // 2027: the 84 commune and ward unions and the KCN union exist, nobody has reported yet.
    const empty = await ranking('new_unions', 2027)
    expect(empty.rows).toHaveLength(85)
    expect(empty.rows.every((row) => row.rank === null && row.status === 'not_reported')).toBe(true)
    expect(empty.coverage).toMatchObject({ expected: 85, reported: 0, ranked: 0 })
    const first = await ranking('new_unions', 2016)
    expect(first.rows.every((row) => row.previousRank === null && row.rankChange === null)).toBe(true)
  })
})
