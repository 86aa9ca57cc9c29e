// Issue 8, scale: a ranking of a large level scores its children from one pass over the indicator's
// figures (`figures_ranking_idx`, no note, quote or timing), reads the report states of the page's
// units only, and takes its coverage from the counts the database keeps. Whatever the level, year,
// basis, reader or page, that must answer exactly what reading every child's full figures and report
// states gives (`totals: 'figures'`). Here every level is "large" (scanLevel 1), on the demo's data:
// the 2025 split year, accepted, submitted, returned and draft reports, real figures without a
// target, illustrative and part-year ones, and units of another level mixed into the same index.
import { CITY_CODE, type NoteReader } from '@ldld/db/contracts'
import { bumpDataRevision } from '@ldld/server/app'
import { createReports, type LevelRequest, type ReadOptions } from '@ldld/server/reports'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'

const t = testAppForFile()

const READERS: Array<NoteReader | null> = [
  null,
  { role: 'city', unit: CITY_CODE },
  { role: 'district', unit: '001' },
]
const PAGES: LevelRequest[] = [{ page: 1, limit: 10 }, { page: 3, limit: 10 }, { all: true }]

/**
 * Every indicator × year × basis × reader × page of `unit`'s ranking, scanned and read in full.
 * `scanned` may have answered before (it keeps a large level's scores for the data revision).
 */
function expectScanEqualsReference(
  unit: string,
  years: readonly number[],
  scanned = createReports(t.app.repos, { scanLevel: 1 }),
): number {
  const keys = t.app.repos.indicators.list().map((i) => i.key)
  let compared = 0
  for (const key of keys)
    for (const year of years)
      for (const basis of ['latest', 'accepted'] as const)
        for (const reader of READERS)
          for (const page of PAGES) {
            const options: ReadOptions = { basis, reader }
            const level = { ...page, unit }
            const reference = t.app.reports.ranking(key, year, options, { ...level, totals: 'figures' })
            expect(scanned.ranking(key, year, options, level), `${unit} ${key} ${year} ${basis}`).toEqual(
              reference,
            )
            // The usual path (a level under the scan threshold) answers the same.
            expect(t.app.reports.ranking(key, year, options, level)).toEqual(reference)
            compared += 1
          }
  return compared
}

describe("a large level's ranking, scored in one pass", () => {
  it("answers, for the city's units, what reading every child in full answers", () => {
    const compared = expectScanEqualsReference(CITY_CODE, [2016, 2021, 2024, 2025, 2026])
    expect(compared).toBeGreaterThan(500)
    // It ranked something: not a comparison of empty answers.
    const ranked = createReports(t.app.repos, { scanLevel: 1 }).ranking('new_members', 2026, {
      basis: 'latest',
      reader: null,
    })
    if (typeof ranked === 'string') throw new Error(ranked)
    expect(ranked.coverage.ranked).toBeGreaterThan(10)
    expect(ranked.rows.length).toBe(ranked.coverage.expected)
  }, 60_000)

  it('keeps to its own level when units of another level hold figures, after writes of every kind', () => {
    const sql = t.db.$client
    const city = t.app.repos.organisations.findByCode(CITY_CODE)
    if (!city) throw new Error('no city')
    const kids = t.app.repos.organisations.childrenOf(city.id, 2026).rows
    const [district, ...rest] = kids
    if (!district) throw new Error('no children')
    // Reports that have scored both levels before the writes: what they kept must not outlive them.
    const scanned = createReports(t.app.repos, { scanLevel: 1 })
    expectScanEqualsReference(CITY_CODE, [2025, 2026], scanned)
    expectScanEqualsReference(district.code, [2025, 2026], scanned)
    // Five units with figures move under the first child: a level of its own, beside the city's.
    const moved = rest.slice(0, 5).map((r) => r.id)
    sql
      .prepare(`UPDATE organisations SET parent_id = ? WHERE id IN (SELECT value FROM json_each(?))`)
      .run(district.id, JSON.stringify(moved))
    // A figure cleared, one made a stated % only, one accepted report reopened, one draft accepted.
    sql
      .prepare(
        `UPDATE figures SET actual = NULL WHERE org_id = ? AND year = 2026 AND indicator_key = 'new_members'`,
      )
      .run(rest[6]?.id)
    sql
      .prepare(
        `UPDATE figures SET actual = NULL, target = NULL, stated_percent = 112.5
         WHERE org_id = ? AND year = 2026 AND indicator_key = 'new_unions'`,
      )
      .run(rest[7]?.id)
    sql
      .prepare(
        `UPDATE reports SET status = 'submitted' WHERE year = 2026 AND status = 'accepted' AND org_id = (
        SELECT min(org_id) FROM reports WHERE year = 2026 AND status = 'accepted')`,
      )
      .run()
    sql
      .prepare(
        `UPDATE reports SET status = 'accepted' WHERE year = 2026 AND status = 'draft' AND org_id = (
        SELECT min(org_id) FROM reports WHERE year = 2026 AND status = 'draft')`,
      )
      .run()
    bumpDataRevision(t.db)
    expect(t.app.repos.organisations.childrenOf(district.id, 2026).rows).toHaveLength(5)
    expectScanEqualsReference(CITY_CODE, [2025, 2026], scanned)
    expectScanEqualsReference(district.code, [2025, 2026], scanned)
  }, 90_000)
})
