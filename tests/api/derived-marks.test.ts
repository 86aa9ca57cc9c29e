// Issue 11, API side: a number derived from an invented, part-year or bounded figure carries its
// marks (item 1); a source that states no target is a state of its own, ranked apart (item 2);
// sources and timing as corrected in domain.md §5 (item 5); quotes in passages (item 7).
import { DERIVED_BOUND_PREFIX, STATUS_LABELS, quoteText, seriesResponseSchema } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { readDashboard, readRanking, cellIn } from '../fixtures/reads.ts'

const t = testAppForFile()

const dashboard = (year: number) => readDashboard(t.app, `year=${year}`)
const ranking = (key: string, year: number) => readRanking(t.app, key, `year=${year}`)
const cellOf = cellIn

describe('derived numbers inherit their inputs’ marks (item 1)', () => {
  it('marks Hai Bà Trưng’s 2021 change in recruits illustrative: 2020 is invented', async () => {
    const cell = cellOf(await dashboard(2021), '007', 'new_members')
    // The 2021 figure itself is real and sourced…
    expect(cell).toMatchObject({ actual: 2352, illustrative: false })
    expect(cell.previous).not.toBeNull()
    // …but the change is computed against the invented 2020 figure.
    expect(cell.derivedFrom).toEqual({ illustrative: true, partialYear: false, bound: 'exact' })
  })

  it('marks its rank and rank change illustrative, on the ranking', async () => {
    const row = (await ranking('new_members', 2021)).rows.find((r) => r.unit === '007')
    expect(row?.rankChange).not.toBeNull()
    expect(row?.derivedFrom.illustrative).toBe(true)
  })

  it('says a change from a lower bound is itself a bound ("ít nhất")', async () => {
    const cell = cellOf(await dashboard(2021), '007', 'welfare_spending')
    expect(cell.actualQualifier).toBe('at_least')
    expect(cell.yoy).not.toBeNull()
    expect(cell.derivedFrom.bound).toBe('at_least')
    expect(DERIVED_BOUND_PREFIX[cell.derivedFrom.bound]).toBe('ít nhất ')
    // The year after compares an exact figure against "hơn …": at most that change.
    const next = cellOf(await dashboard(2022), '007', 'welfare_spending')
    expect(next.derivedFrom).toMatchObject({ illustrative: true, bound: 'at_most' })
  })

  it('marks a change against a part-year figure, and a total that adds one', async () => {
    const y2026 = await dashboard(2026)
    const union = y2026.cells.find((c) => c.indicator === 'new_members' && c.previous !== null)
    expect(union?.derivedFrom.partialYear).toBe(true) // 2025 was October–December only
    const total = y2026.totals.find((x) => x.indicator === 'new_members')
    expect(total?.derivedFrom).toMatchObject({ illustrative: true, partialYear: true })
    const y2025 = (await dashboard(2025)).totals.find((x) => x.indicator === 'new_members')
    expect(y2025).toMatchObject({ partialYear: true, illustrative: true })
    const ba = cellOf(await dashboard(2017), '001', 'new_members')
    // Ba Đình's 2016 recruits are counts to about late November: the change to 2017 says so.
    expect(ba.derivedFrom.partialYear).toBe(true)
  })

  it('leaves marks off numbers from real, whole-year, exact figures', async () => {
    const cell = cellOf(await dashboard(2021), '007', 'new_unions')
    expect(cell.derivedFrom.partialYear).toBe(false)
    expect(cell.derivedFrom.bound).toBe('exact')
  })
})

describe('a source that states no target (item 2)', () => {
  it('gives Hai Bà Trưng’s 51 agreements (2021) and Hoàng Mai’s 4.315 recruits (2024) a state of their own', async () => {
    expect(cellOf(await dashboard(2021), '007', 'cla_signed')).toMatchObject({
      actual: 51,
      target: null,
      status: 'source_no_target',
    })
    expect(cellOf(await dashboard(2024), '008', 'new_members').status).toBe('source_no_target')
    expect(STATUS_LABELS.source_no_target).toBe('Nguồn không nêu chỉ tiêu')
    // An illustrative figure without a target of an indicator that takes none stays "no_target".
    expect(cellOf(await dashboard(2021), '001', 'welfare_spending').status).toBe('no_target')
  })

  it('ranks Hoàng Mai apart in 2024, not 30th of 30 among units measured against a target', async () => {
    const r = await ranking('new_members', 2024)
    const hoangMai = r.rows.find((row) => row.unit === '008')
    expect(hoangMai).toMatchObject({ rank: null, status: 'source_no_target', actual: 4315 })
    expect(r.coverage).toMatchObject({ ranked: 29, sourceNoTarget: 1 })
    // Listed right after the ranked units, before units without figures.
    expect(r.rows.findIndex((row) => row.unit === '008')).toBe(29)
    expect(r.rows.slice(0, 29).every((row) => row.rank !== null)).toBe(true)
  })
})

describe('sources and timing as corrected (item 5)', () => {
  it('credits Hoàng Mai 2024 to its own story, with the derived target marked', async () => {
    const board = await dashboard(2024)
    const cell = cellOf(board, '008', 'new_unions')
    const source = board.sources.find((s) => s.id === cell.sourceId)
    expect(source?.title).toBe('Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở')
    expect(cell).toMatchObject({ target: 20, targetDerived: true, targetNote: 'suy ra từ 145%' })
    expect(cellOf(board, '008', 'new_unions_25plus').targetNote).toBe('suy ra từ 300%')
    const row = (await ranking('new_unions', 2024)).rows.find((r) => r.unit === '008')
    expect(row).toMatchObject({ targetDerived: true, targetNote: 'suy ra từ 145%' })
    expect(cellOf(await dashboard(2021), '007', 'new_members').targetNote).toBeNull()
  })

  it('shows the city’s 700.000 members (2023) without "khoảng"', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations/01/series' })
    const city = seriesResponseSchema.parse(res.json())
    const members = city.cells.find((c) => c.year === 2023 && c.indicator === 'members_total')
    expect(members).toMatchObject({ actual: 700_000, actualQualifier: 'exact' })
  })

  it('says Ba Đình’s 2016 flows are counts to about late November', async () => {
    const board = await dashboard(2016)
    for (const indicator of ['new_unions', 'new_members', 'union_fee']) {
      const cell = cellOf(board, '001', indicator)
      expect(cell.period, indicator).toBe('part_year')
      expect(cell.timing, indicator).toContain('cuối tháng 11/2016')
    }
    expect(cellOf(board, '001', 'unions_total').period).toBe('year')
    const row = (await ranking('new_members', 2016)).rows.find((r) => r.unit === '001')
    expect(row?.period).toBe('part_year')
    expect(row?.derivedFrom.partialYear).toBe(true)
  })
})

describe('quotes of several passages (item 7)', () => {
  it('serves each passage apart, shown each in its own quotation marks', async () => {
    const cell = cellOf(await dashboard(2021), '007', 'welfare_spending')
    expect(cell.quoteParts).toHaveLength(3)
    expect(cell.quoteParts[0]).toMatch(/^hỗ trợ cho 2\.703 lượt NLĐ/)
    // The article's own "…" stays inside its passage.
    expect(cell.quoteParts[2]).toContain('khó khăn…')
    expect(quoteText(cell.quote)).toBe(cell.quoteParts.map((p) => `“${p}”`).join(' · '))
    expect(cellOf(await dashboard(2021), '007', 'new_members').quoteParts).toHaveLength(1)
  })
})
