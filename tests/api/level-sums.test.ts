// Issue 8, scale: each level's class sums live in `level_sums`, kept by triggers in the transaction of
// every write. Whatever is written — a first or last entered figure of a unit's year, a figure
// cleared, a report accepted or reopened, a unit moved, ended or changed in kind, an upsert, an
// INSERT OR IGNORE, a rolled-back transaction — the stored sums must stay exactly what recomputing
// them from scratch gives, and a level's paged totals what the whole level read figure by figure gives.
// (The API's own write paths end their test files with the same check: expectLevelSumsExact.)
import { mulberry32 } from '@ldld/seed'
import { dashboardResponseSchema, PERIODS, QUALIFIERS, type Dashboard } from '@ldld/db/contracts'
import { withoutLevelTriggers } from '@ldld/db/level-counts'
import { bumpDataRevision } from '@ldld/server/app'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { expectLevelSumsExact, figurePacksDrift, levelSumsDrift } from '../fixtures/level-sums.ts'
import { withoutUnits } from '../fixtures/reads.ts'

const t = testAppForFile()
/** Districts the random writes move units under, so they become levels of their own. */
const SUB_PARENTS = ['001', '007']

async function dashboard(query: string): Promise<Dashboard> {
  const res = await t.app.inject({ method: 'GET', url: `/api/dashboard?${query}` })
  expect(res.statusCode, res.body).toBe(200)
  return dashboardResponseSchema.parse(res.json())
}

describe('level_sums', () => {
  it('the seeded demo starts with sums equal to recomputing them', () => {
    expectLevelSumsExact(t.db)
  })

  it('stay exact through 105 random writes of every kind, checked after each (the figure packs too)', () => {
    const sql = t.db.$client
    const rand = mulberry32(8)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
    const units = sql
      .prepare(`SELECT id, parent_id AS parentId FROM organisations WHERE parent_id IS NOT NULL`)
      .all() as Array<{ id: number; parentId: number }>
    // The city and two districts (SUB_PARENTS) take the units moved below: levels of their own.
    const parents = [
      ...new Set(units.map((u) => u.parentId)),
      ...(sql
        .prepare(`SELECT id FROM organisations WHERE code IN (${SUB_PARENTS.map(() => '?').join(',')})`)
        .pluck()
        .all(...SUB_PARENTS) as number[]),
    ]
    expect(parents).toHaveLength(1 + SUB_PARENTS.length)
    const indicators = sql.prepare(`SELECT key FROM indicators`).pluck().all() as string[]
    const sourceId = sql.prepare(`SELECT min(id) FROM sources`).pluck().get() as number | null
    const years = [2023, 2024, 2025, 2026]
    const amount = () => (rand() < 0.3 ? null : Math.round(rand() * 1000))
    const figure = () => ({
      actual: amount(),
      target: amount(),
      stated: rand() < 0.1 ? Math.round(rand() * 1500) / 10 : null,
      qualifier: rand() < 0.7 ? 'exact' : pick(QUALIFIERS),
      period: rand() < 0.8 ? 'year' : pick(PERIODS),
      illustrative: rand() < 0.3 ? 1 : 0,
      source: rand() < 0.5 ? sourceId : null,
    })
    const anyFigure = () =>
      sql
        .prepare(
          `SELECT id, org_id AS orgId, year FROM figures WHERE year IN (2023, 2024, 2025, 2026)
          ORDER BY id LIMIT 1 OFFSET ?`,
        )
        .get(Math.floor(rand() * 2000)) as { id: number; orgId: number; year: number } | undefined
    const insert = sql.prepare(
      `INSERT INTO figures (org_id, indicator_key, year, actual, target, stated_percent, actual_qualifier, period,
         illustrative, source_id, updated_at)
       VALUES (@org, @key, @year, @actual, @target, @stated, @qualifier, @period, @illustrative, @source, 'x')`,
    )
    const kinds: Array<[string, () => void]> = [
      [
        'insert a figure (maybe the first entered of its year)',
        () => {
          insert.run({ org: pick(units).id, key: pick(indicators), year: pick(years), ...figure() })
        },
      ],
      [
        'upsert a figure',
        () => {
          sql
            .prepare(
              `INSERT INTO figures (org_id, indicator_key, year, actual, target, illustrative, updated_at)
            VALUES (?, ?, ?, ?, ?, 0, 'x') ON CONFLICT (org_id, indicator_key, year)
            DO UPDATE SET actual = excluded.actual, target = excluded.target`,
            )
            .run(pick(units).id, pick(indicators), pick(years), amount(), amount())
        },
      ],
      [
        'insert or ignore a figure',
        () => {
          const f = anyFigure()
          if (f)
            sql
              .prepare(
                `INSERT OR IGNORE INTO figures (org_id, indicator_key, year, actual, illustrative, updated_at)
              SELECT org_id, indicator_key, year, 7, 0, 'x' FROM figures WHERE id = ?`,
              )
              .run(f.id)
        },
      ],
      [
        'update a figure',
        () => {
          const f = anyFigure()
          const v = figure()
          if (f)
            sql
              .prepare(
                `UPDATE figures SET actual = ?, target = ?, stated_percent = ?, actual_qualifier = ?,
              period = ?, illustrative = ?, source_id = ? WHERE id = ?`,
              )
              .run(v.actual, v.target, v.stated, v.qualifier, v.period, v.illustrative, v.source, f.id)
        },
      ],
      [
        'clear every figure of a unit-year but one',
        () => {
          const f = anyFigure()
          if (f)
            sql
              .prepare(
                `UPDATE figures SET actual = NULL, stated_percent = NULL WHERE org_id = ? AND year = ? AND id <> ?`,
              )
              .run(f.orgId, f.year, f.id)
        },
      ],
      [
        'delete a figure (maybe the last entered of its year)',
        () => {
          const f = anyFigure()
          if (f) {
            sql.prepare(`DELETE FROM figure_revisions WHERE figure_id = ?`).run(f.id)
            sql.prepare(`DELETE FROM figures WHERE id = ?`).run(f.id)
          }
        },
      ],
      [
        "update a figure's words and marks (note, quote, timing, derived target)",
        () => {
          const f = anyFigure()
          const words = pick([null, '', 'Ghi chú, có "ngoặc" và\nxuống dòng', '[1,2]', 'null', 'Đạt 176,8%'])
          if (f)
            sql
              .prepare(
                `UPDATE figures SET note = ?, quote = ?, timing = ?, target_derived = ?, stated_percent = ?
              WHERE id = ?`,
              )
              .run(
                words,
                pick([null, words]),
                pick([null, '6 tháng']),
                rand() < 0.5 ? 1 : 0,
                pick([null, 0.1, 176.8, 1 / 3, 0]),
                f.id,
              )
        },
      ],
      [
        'move a figure to another unit or indicator',
        () => {
          const f = anyFigure()
          if (f)
            if (rand() < 0.5)
              sql.prepare(`UPDATE OR IGNORE figures SET org_id = ? WHERE id = ?`).run(pick(units).id, f.id)
            else
              sql
                .prepare(`UPDATE OR IGNORE figures SET indicator_key = ? WHERE id = ?`)
                .run(pick(indicators), f.id)
        },
      ],
      [
        'move a figure to another year',
        () => {
          const f = anyFigure()
          if (f) sql.prepare(`UPDATE OR IGNORE figures SET year = ? WHERE id = ?`).run(pick(years), f.id)
        },
      ],
      [
        'set a report status',
        () => {
          sql
            .prepare(
              `INSERT INTO reports (org_id, year, status, version, updated_at) VALUES (?, ?, ?, 1, 'x')
            ON CONFLICT (org_id, year) DO UPDATE SET status = excluded.status`,
            )
            .run(pick(units).id, pick(years), pick(['draft', 'submitted', 'accepted', 'returned']))
        },
      ],
      [
        'delete a report',
        () => {
          sql
            .prepare(`DELETE FROM reports WHERE id = (SELECT id FROM reports ORDER BY id LIMIT 1 OFFSET ?)`)
            .run(Math.floor(rand() * 50))
        },
      ],
      [
        'move a unit to another parent',
        () => {
          sql
            .prepare(`UPDATE organisations SET parent_id = ? WHERE id = ?`)
            .run(pick(parents), pick(units).id)
        },
      ],
      [
        'end a unit or move its start',
        () => {
          const u = pick(units)
          if (rand() < 0.5)
            sql
              .prepare(`UPDATE organisations SET valid_to = ? WHERE id = ?`)
              .run(pick(['2025-06-30', null]), u.id)
          else
            sql
              .prepare(`UPDATE organisations SET valid_from = ? WHERE id = ?`)
              .run(pick(['2024-07-01', '2016-01-01']), u.id)
        },
      ],
      [
        'change a unit kind',
        () => {
          sql
            .prepare(`UPDATE organisations SET kind = ? WHERE id = ?`)
            .run(pick(['ward', 'commune', 'district']), pick(units).id)
        },
      ],
      [
        'a transaction rolled back',
        () => {
          try {
            sql.transaction(() => {
              insert.run({ org: pick(units).id, key: pick(indicators), year: 2027, ...figure() })
              sql
                .prepare(`UPDATE organisations SET parent_id = ? WHERE id = ?`)
                .run(pick(parents), pick(units).id)
              throw new Error('rolled back')
            })()
          } catch {
            /* expected */
          }
        },
      ],
    ]
    const checksum = sql
      .prepare(`SELECT total(units * 1e6 + coalesce(actual, 0) + coalesce(target, 0) + k) FROM level_sums`)
      .pluck()
    const done = new Set<string>()
    let changed = 0
    for (let i = 0; i < 7 * kinds.length; i += 1) {
      const sum = checksum.get()
      const [name, run] = kinds[i % kinds.length] as [string, () => void]
      try {
        run()
      } catch (error) {
        // A random insert may hit a figure already there (the unique cell): nothing was written.
        if (!String(error).includes('UNIQUE')) throw error
      }
      done.add(name)
      if (checksum.get() !== sum) changed += 1
      const drift = levelSumsDrift(t.db)
      const packs = figurePacksDrift(t.db)
      expect({
        step: i,
        name,
        missing: [...drift.missing, ...packs.missing],
        extra: [...drift.extra, ...packs.extra],
      }).toEqual({
        step: i,
        name,
        missing: [],
        extra: [],
      })
    }
    expect(done.size).toBe(kinds.length)
    // Some units now sit under the districts: levels below the city, read in the next tests.
    const below = sql
      .prepare(
        `SELECT count(*) FROM organisations WHERE parent_id IN (SELECT id FROM organisations
        WHERE code IN (${SUB_PARENTS.map(() => '?').join(',')}))`,
      )
      .pluck()
      .get(...SUB_PARENTS) as number
    expect(below).toBeGreaterThan(0)
    // Many writes moved some sum (not all: an ignored insert, a report left unaccepted or a rolled-back
    // transaction must not).
    expect(changed).toBeGreaterThan(20)
    bumpDataRevision(t.db)
  })

  it.each(
    [2024, 2025, 2026].flatMap((year) =>
      (['latest', 'accepted'] as const).map((basis) => [year, basis] as const),
    ),
  )(
    'after those writes, %i %s: every level adds and covers what its figures add one by one',
    async (year, basis) => {
      const levels = ['01', ...SUB_PARENTS]
      let paged = 0
      for (const unit of levels) {
        for (const page of ['&limit=7', '&units=all']) {
          const stored = await dashboard(`year=${year}&data=${basis}&unit=${unit}${page}`)
          const added = dashboardResponseSchema.parse(
            t.app.reports.dashboard(year, { basis, reader: null }, { unit, totals: 'figures' }),
          )
          if (stored.page.pages > 1) paged += 1
          expect(stored.totals).toEqual(added.totals)
          expect(withoutUnits(stored.groups)).toEqual(withoutUnits(added.groups))
          expect(stored.groups.flatMap((g) => g.units).sort()).toEqual(stored.units.map((u) => u.code).sort())
          expect(stored.coverage).toEqual(added.coverage)
        }
      }
      expect(paged).toBeGreaterThan(0)
    },
  )

  it('a figure saved after a level was read shows in its next first page', async () => {
    const before = await dashboard('year=2026&limit=7')
    const total = before.totals.find((x) => x.indicator === 'new_members')
    const unit = t.db.$client
      .prepare(
        `SELECT f.id FROM figures f JOIN organisations o ON o.id = f.org_id
        WHERE o.parent_id = (SELECT id FROM organisations WHERE code = '01') AND f.year = 2026
          AND f.indicator_key = 'new_members' AND f.actual IS NOT NULL LIMIT 1`,
      )
      .pluck()
      .get() as number
    t.db.$client.prepare(`UPDATE figures SET actual = actual + 1000 WHERE id = ?`).run(unit)
    bumpDataRevision(t.db)
    const after = await dashboard('year=2026&limit=7')
    const changed = after.totals.find((x) => x.indicator === 'new_members')
    expect(changed?.basis.allActual).toBe((total?.basis.allActual ?? 0) + 1000)
    expect(after.totals).toEqual((await dashboard('year=2026&units=all')).totals)
  })

  it('a bulk load made with the triggers set aside puts them back as they were and refills the counts', () => {
    const sql = t.db.$client
    const triggers = () =>
      sql.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all()
    const before = triggers()
    expect(before.length).toBeGreaterThan(30)
    withoutLevelTriggers(sql, () => {
      expect(triggers().length).toBe(before.length - 39)
      sql.prepare(`UPDATE figures SET actual = actual + 1 WHERE year = 2025 AND actual IS NOT NULL`).run()
      sql.prepare(`UPDATE reports SET status = 'accepted' WHERE year = 2025`).run()
    })
    expect(triggers()).toEqual(before)
    expectLevelSumsExact(t.db)
    // And they keep the counts again.
    sql.prepare(`UPDATE figures SET actual = actual + 1 WHERE year = 2026 AND actual IS NOT NULL`).run()
    expectLevelSumsExact(t.db)
    bumpDataRevision(t.db)
  })
})
