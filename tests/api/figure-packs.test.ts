// Issue 8: a cold dashboard reads its page's figures from `figure_packs` (one JSON text per unit and
// year, kept by triggers). The packs must give back exactly the figures stored — every value, null
// apart from 0, text with any character, reals to the last bit — for every level and year, after any
// write, after a bulk load and in a file made before the packs existed (restore of an older backup).
// The random writes of level-sums.test.ts and every write-path test check them too
// (expectLevelSumsExact).
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { unpackFigures, type StoredFigure } from '@ldld/db/figure-packs'
import { dashboardResponseSchema } from '@ldld/db/contracts'
import { bumpDataRevision } from '@ldld/server/app'
import { openExistingDatabase } from '../../server/src/database-file.ts'
import { describe, expect, it } from 'vitest'
import { createRepositories, rowsOfPacks } from '../../server/src/repositories/index.ts'
import { testAppForFile } from '../fixtures/app.ts'
import { expectLevelSumsExact, figurePacksDrift } from '../fixtures/level-sums.ts'

const t = testAppForFile()

const sorted = (rows: readonly StoredFigure[]) =>
  [...rows].sort((a, b) =>
    a.unit !== b.unit
      ? a.unit < b.unit
        ? -1
        : 1
      : a.year !== b.year
        ? a.year - b.year
        : a.indicator < b.indicator
          ? -1
          : a.indicator > b.indicator
            ? 1
            : 0,
  )

describe('figure_packs', () => {
  it('the seeded demo starts with a pack per unit-year that reads back as its figures', () => {
    const drift = figurePacksDrift(t.db)
    const unitYears = t.db.$client
      .prepare(`SELECT count(*) FROM (SELECT DISTINCT org_id, year FROM figures)`)
      .pluck()
      .get() as number
    expect(unitYears).toBeGreaterThan(400)
    expect(drift).toEqual({ stored: unitYears, missing: [], extra: [] })
  })

  it('every level and year reads from its packs exactly the figures and entered unit-years read row by row', () => {
    const repos = createRepositories(t.db)
    const parents = t.db.$client
      .prepare(`SELECT DISTINCT parent_id FROM organisations WHERE parent_id IS NOT NULL`)
      .pluck()
      .all() as number[]
    let compared = 0
    for (const parent of parents) {
      for (const year of [2017, 2021, 2024, 2025, 2026]) {
        const rows = repos.figures.ofChildren(parent, year - 1, year)
        const packed = repos.figures.packedOfChildren(parent, year - 1, year)
        expect(sorted(rowsOfPacks(packed.packs))).toEqual(sorted(rows))
        const entered = [
          ...new Set(
            rows
              .filter((r) => r.actual !== null || r.statedPercent !== null)
              .map((r) => `${r.unit}|${r.year}`),
          ),
        ].sort()
        expect(packed.entered.map((e) => `${e.unit}|${e.year}`).sort()).toEqual(entered)
        // A page of units reads the same from the units' own packs.
        const ids = t.db.$client
          .prepare(`SELECT id FROM organisations WHERE parent_id = ? ORDER BY id LIMIT 5`)
          .pluck()
          .all(parent) as number[]
        const codes = new Set(
          t.db.$client
            .prepare(`SELECT code FROM organisations WHERE id IN (SELECT value FROM json_each(?))`)
            .pluck()
            .all(JSON.stringify(ids)) as string[],
        )
        expect(sorted(rowsOfPacks(repos.figures.packedOfUnits(ids, year - 1, year).packs))).toEqual(
          sorted(rows.filter((r) => codes.has(r.unit))),
        )
        compared += rows.length
      }
    }
    expect(compared).toBeGreaterThan(5000)
  })

  it('keep any stored value exactly: null apart from 0, any text, reals, large and negative amounts', async () => {
    const sql = t.db.$client
    const org = sql
      .prepare(
        `SELECT o.id FROM organisations o WHERE o.parent_id = (SELECT id FROM organisations WHERE code = '01')
         ORDER BY o.id LIMIT 1`,
      )
      .pluck()
      .get() as number
    const keys = sql.prepare(`SELECT key FROM indicators ORDER BY key`).pluck().all() as string[]
    const texts = [
      null,
      '',
      'null',
      '[1,2]',
      'a, b',
      'Ghi chú có "ngoặc kép", \\ gạch chéo\nvà xuống dòng\ttab',
      'Đạt 176,8% — kế hoạch 😀',
      '\u0000\u001f',
    ]
    const amounts = [0, null, -5, 9_007_199_254_740_991, 1, 250_300_000]
    const reals = [null, 0.1, 1 / 3, 176.8, 0, 1e-7, 100]
    sql
      .prepare(
        `DELETE FROM figure_revisions WHERE figure_id IN (SELECT id FROM figures WHERE org_id = ? AND year = 2027)`,
      )
      .run(org)
    sql.prepare(`DELETE FROM figures WHERE org_id = ? AND year = 2027`).run(org)
    const insert = sql.prepare(
      `INSERT INTO figures (org_id, indicator_key, year, actual, actual_qualifier, target, target_derived,
         stated_percent, note, illustrative, source_id, quote, period, timing, updated_at)
       VALUES (?, ?, 2027, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'x')`,
    )
    // Every column varies with its own stride (an array in the pack), then one figure alone (every
    // column one value).
    sql.transaction(() => {
      keys.forEach((key, i) =>
        insert.run(
          org,
          key,
          amounts[i % amounts.length],
          ['exact', 'at_least', 'approx'][i % 3],
          amounts[(i + 1) % amounts.length],
          i % 2,
          reals[i % reals.length],
          texts[i % texts.length],
          (i >> 1) % 2,
          texts[(i + 3) % texts.length],
          ['year', 'part_year', 'to_date'][i % 3],
          texts[(i + 5) % texts.length],
        ),
      )
    })()
    expect(figurePacksDrift(t.db).extra).toEqual([])
    const pack = sql
      .prepare(`SELECT figures FROM figure_packs WHERE org_id = ? AND year = 2027`)
      .pluck()
      .get(org)
    expect(String(pack).startsWith(`[${JSON.stringify(keys.join(','))},${keys.length},[`)).toBe(true)
    sql
      .prepare(`DELETE FROM figures WHERE org_id = ? AND year = 2027 AND indicator_key <> ?`)
      .run(org, keys[3])
    const alone = sql
      .prepare(`SELECT figures FROM figure_packs WHERE org_id = ? AND year = 2027`)
      .pluck()
      .get(org)
    expect((JSON.parse(String(alone)) as unknown[]).some((c) => Array.isArray(c))).toBe(false)
    expect(figurePacksDrift(t.db)).toMatchObject({ missing: [], extra: [] })
    // The last figure of the unit-year gone, its pack goes too.
    sql.prepare(`DELETE FROM figures WHERE org_id = ? AND year = 2027`).run(org)
    expect(
      sql.prepare(`SELECT count(*) FROM figure_packs WHERE org_id = ? AND year = 2027`).pluck().get(org),
    ).toBe(0)
    expectLevelSumsExact(t.db)
    bumpDataRevision(t.db)
    // And a dashboard read from the packs shows what one read row by row shows.
    const res = await t.app.inject({ url: '/api/dashboard?year=2026&units=all' })
    const stored = dashboardResponseSchema.parse(res.json())
    const rowByRow = dashboardResponseSchema.parse(
      t.app.reports.dashboard(2026, { basis: 'latest', reader: null }, { all: true, totals: 'figures' }),
    )
    expect(stored.cells).toEqual(rowByRow.cells)
  })

  it('a pack that does not read is refused, not read as other figures', () => {
    const out: StoredFigure[] = []
    const good = '["a,b",2,[1,2],"exact",null,0,null,null,0,null,null,"year",null]'
    unpackFigures('01', 2026, good, out)
    expect(out.map((f) => [f.indicator, f.actual, f.period])).toEqual([
      ['a', 1, 'year'],
      ['b', 2, 'year'],
    ])
    for (const bad of [
      // A column not one value per key.
      '["a,b",2,[1],"exact",null,0,null,null,0,null,null,"year",null]',
      // A key list that does not split into as many figures as the pack holds (a key with a comma):
      // every column one value, so only the count tells.
      '["a,b",1,7,"exact",null,0,null,null,0,null,null,"year",null]',
      '["a",1]',
      '{}',
    ])
      expect(() => unpackFigures('01', 2026, bad, out), bad).toThrow(/packed figures of 01 in 2026/)
    expect(out).toHaveLength(2)
  })

  it('a file made before the packs (an older backup restored) gets every unit-year packed when opened', () => {
    const older = join(t.dir, 'older.db')
    t.db.$client.pragma('wal_checkpoint(TRUNCATE)')
    copyFileSync(t.file, older)
    const before = openExistingDatabase(older)
    // As the build before the packs left it: neither their migration (0010) nor any later one
    // applied (0011: the unit list's token and the children index; 0012: the ranking indexes);
    // figures written since.
    before.$client.exec(`DROP INDEX figures_ranking_idx; DROP INDEX figure_packs_entered_idx;`)
    before.$client.exec(`DROP TRIGGER unit_revision_insert; DROP TRIGGER unit_revision_update;
      DROP TRIGGER unit_revision_delete; DROP TABLE unit_revision; DROP INDEX organisations_children_idx;
      CREATE INDEX organisations_parent_idx ON organisations (parent_id);`)
    before.$client.exec(`DROP TRIGGER figure_packs_insert; DROP TRIGGER figure_packs_update;
      DROP TRIGGER figure_packs_delete; DROP VIEW figure_pack_rows; DROP TABLE figure_packs;`)
    const applied = before.$client
      .prepare(`SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 3`)
      .pluck()
      .all()
    expect(applied).toHaveLength(3)
    before.$client.prepare(`DELETE FROM __drizzle_migrations WHERE created_at >= ?`).run(applied[2])
    before.$client
      .prepare(
        `UPDATE figures SET actual = actual + 3, note = 'sửa trước khi nâng cấp' WHERE year = 2025 AND actual IS NOT NULL`,
      )
      .run()
    before.$client.close()
    const after = openExistingDatabase(older)
    try {
      const drift = figurePacksDrift(after)
      expect(drift.stored).toBeGreaterThan(400)
      expect({ missing: drift.missing, extra: drift.extra }).toEqual({ missing: [], extra: [] })
      expectLevelSumsExact(after)
    } finally {
      after.$client.close()
    }
  })
})
