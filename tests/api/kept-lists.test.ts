// Issue 8: a level's children are kept in memory while the unit list stays the same
// (`unit_revision`, migration 0011). Any change to a unit — through this connection, another one, or
// one rolled back — must show at once; a figure's change must not read the children again. The
// indicator catalogue is kept per data revision, and read again after an indicator is added.
import { openDatabase } from '@ldld/db/client'
import { CITY_CODE } from '@ldld/db/contracts'
import { bumpDataRevision } from '@ldld/server/app'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { readDashboard, readRanking } from '../fixtures/reads.ts'

const t = testAppForFile()

const city = () => {
  const row = t.app.repos.organisations.findByCode(CITY_CODE)
  if (!row) throw new Error('no city')
  return row
}
const children2026 = () => t.app.repos.organisations.childrenOf(city().id, 2026)
const token = () => t.db.$client.prepare('SELECT token FROM unit_revision WHERE id = 1').pluck().get()

describe("a level's kept children", () => {
  it('are read once while the unit list stays the same, a figure written or not', () => {
    const first = children2026()
    expect(first.units.length).toBeGreaterThanOrEqual(85)
    expect(first.units.map((u) => u.code)).toEqual(first.rows.map((r) => r.code))
    expect(children2026()).toBe(first)
    const before = token()
    t.db.$client
      .prepare(
        `UPDATE figures SET actual = coalesce(actual, 0) + 1
         WHERE year = 2026 AND org_id = ? AND indicator_key = 'new_members'`,
      )
      .run(first.rows[0]?.id)
    bumpDataRevision(t.db)
    expect(token()).toBe(before)
    expect(children2026()).toBe(first)
  })

  it("are, for any years, the units valid in them, picked from all the parent's children", () => {
    // The SQL reading of "valid at some point during year…toYear", to hold the picking to.
    const inSql = t.db.$client.prepare<[number, string, string], { code: string }>(
      `SELECT code FROM organisations WHERE parent_id = ? AND kind <> 'sector'
         AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY sort_order, code`,
    )
    const ever = t.db.$client
      .prepare<[number], string>(
        `SELECT code FROM organisations WHERE parent_id = ? AND kind <> 'sector' ORDER BY sort_order, code`,
      )
      .pluck()
    const parents = [city(), ...children2026().rows.slice(0, 3)]
    let compared = 0
    for (const parent of parents)
      for (let year = 2014; year <= 2027; year += 1)
        for (const toYear of [year, year + 1]) {
          const level = t.app.repos.organisations.childrenOf(parent.id, year, toYear)
          const expected = inSql.all(parent.id, `${toYear}-12-31`, `${year}-01-01`).map((r) => r.code)
          expect(
            level.rows.map((r) => r.code),
            `${parent.code} ${year}–${toYear}`,
          ).toEqual(expected)
          expect(level.units.map((u) => u.code)).toEqual(expected)
          expect(level.ever.map((u) => u.code)).toEqual(ever.all(parent.id))
          compared += expected.length
        }
    // The city's districts (to 2025) and unions (from 2025) were both among them.
    expect(t.app.repos.organisations.childrenOf(city().id, 2025).units.length).toBeGreaterThan(100)
    expect(compared).toBeGreaterThan(1000)
  })

  it('are read again after a unit is renamed, added or ended, on every page that lists them', async () => {
    const sql = t.db.$client
    const [first] = children2026().rows
    if (!first) throw new Error('no child')
    sql.prepare('UPDATE organisations SET name = ? WHERE id = ?').run('Tên mới thử nghiệm', first.id)
    bumpDataRevision(t.db)
    expect(children2026().units.find((u) => u.code === first.code)?.name).toBe('Tên mới thử nghiệm')
    const board = await readDashboard(t.app, 'year=2026')
    expect(board.units.find((u) => u.code === first.code)?.name).toBe('Tên mới thử nghiệm')
    const ranking = await readRanking(t.app, 'new_members', 'year=2026&units=all')
    expect(ranking.rows.find((r) => r.unit === first.code)?.name).toBe('Tên mới thử nghiệm')

    const count = children2026().units.length
    sql
      .prepare(
        `INSERT INTO organisations (code, name, full_name, kind, admin_type, parent_id, valid_from, valid_to, sort_order)
         VALUES ('TEST-KEPT', 'Phường Thử', 'Công đoàn phường Thử', 'ward', 'phuong', ?, '2026-01-01', NULL, 99999)`,
      )
      .run(city().id)
    bumpDataRevision(t.db)
    expect(children2026().units.map((u) => u.code)).toContain('TEST-KEPT')
    expect((await readDashboard(t.app, 'year=2026')).page.units).toBe(count + 1)

    sql.prepare("UPDATE organisations SET valid_to = '2025-12-31' WHERE code = 'TEST-KEPT'").run()
    bumpDataRevision(t.db)
    expect(children2026().units.map((u) => u.code)).not.toContain('TEST-KEPT')
    sql.prepare("DELETE FROM organisations WHERE code = 'TEST-KEPT'").run()
    bumpDataRevision(t.db)
    expect(children2026().units).toHaveLength(count)
  })

  it('follow a change committed by another connection to the file', async () => {
    const kept = children2026()
    const [first] = kept.rows
    if (!first) throw new Error('no child')
    const other = openDatabase(t.file)
    try {
      other.$client.prepare('UPDATE organisations SET name = ? WHERE id = ?').run('Đổi từ nơi khác', first.id)
    } finally {
      other.$client.close()
    }
    // No bump here: the other connection's commit is all this process learns of it.
    const board = await readDashboard(t.app, 'year=2026')
    expect(board.units.find((u) => u.code === first.code)?.name).toBe('Đổi từ nơi khác')
    expect(children2026()).not.toBe(kept)
  })

  it('are not left holding a change that was rolled back', () => {
    const sql = t.db.$client
    const [first] = children2026().rows
    if (!first) throw new Error('no child')
    const name = first.name
    expect(() =>
      sql.transaction(() => {
        sql.prepare('UPDATE organisations SET name = ? WHERE id = ?').run('Tạm thời', first.id)
        // Read inside the change: the kept list follows it…
        expect(children2026().units.find((u) => u.code === first.code)?.name).toBe('Tạm thời')
        throw new Error('huỷ')
      })(),
    ).toThrow('huỷ')
    // …and after the rollback the list is the stored one again.
    expect(children2026().units.find((u) => u.code === first.code)?.name).toBe(name)
  })
})

describe('the kept indicator catalogue', () => {
  const indicator = (key: string) => ({
    key,
    nameVi: `Chỉ tiêu thử ${key}`,
    shortNameVi: 'Thử',
    nameEn: 'Test',
    unitKind: 'count' as const,
    unitLabel: 'đơn vị',
    measure: 'flow' as const,
    takesTarget: false,
    higherIsBetter: true,
    headline: false,
    firstYear: null,
    lastYear: null,
  })

  it('is read once per data revision and cannot be changed by a reader', () => {
    const list = t.app.repos.indicators.list()
    expect(t.app.repos.indicators.list()).toBe(list)
    expect(() => (list as unknown as unknown[]).push(1)).toThrow(TypeError)
  })

  it('shows an indicator added in the same transaction, by this process or by another connection', async () => {
    const repos = t.app.repos
    repos.write(() => {
      repos.indicators.insert(indicator('kept_test_one'))
      // Before the commit, inside the write: the kept list is not the one from before.
      expect(repos.indicators.list().map((i) => i.key)).toContain('kept_test_one')
    })
    const other = openDatabase(t.file)
    try {
      other.$client
        .prepare(
          `INSERT INTO indicators (key, name_vi, short_name_vi, name_en, unit_kind, unit_label, measure,
             takes_target, higher_is_better, headline, sort_order)
           VALUES ('kept_test_two', 'Chỉ tiêu thử hai', 'Thử', 'Test', 'count', 'đơn vị', 'flow', 0, 1, 0, 9999)`,
        )
        .run()
    } finally {
      other.$client.close()
    }
    const res = await t.app.inject({ url: '/api/indicators' })
    const keys = res.json<{ indicators: Array<{ key: string }> }>().indicators.map((i) => i.key)
    expect(keys).toEqual(expect.arrayContaining(['kept_test_one', 'kept_test_two']))
    const board = await readDashboard(t.app, 'year=2026')
    expect(board.indicators).toEqual(expect.arrayContaining(['kept_test_one', 'kept_test_two']))
  })
})
