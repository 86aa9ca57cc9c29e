import { describe, expect, it } from 'vitest'
import { coverage, dashboard2021, indicators } from '../../../test/fixtures.ts'
import { CITY_ROW_NAME, dashboardTable } from './dashboard-table.ts'
import { rankingTable } from './ranking-table.ts'
import { cityLevel, districtGroup, rankingCoverage, rankingRow, newMembers } from '../../../test/fixtures.ts'

describe('dashboardTable', () => {
  const table = dashboardTable(dashboard2021, indicators)
  const header = table.columns.map((c) => c.header)
  const row = (unit: string, indicator: string) => table.rows.find((r) => r[2] === unit && r[3] === indicator)

  it('has one row per district and indicator, then the city totals, with Vietnamese headers', () => {
    expect(header).toEqual([
      'Năm',
      'Mã đơn vị',
      'Đơn vị',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện',
      'Chỉ tiêu giao',
      '% đạt',
      'Trạng thái',
      'So với năm trước (%)',
      'Báo cáo',
      'Nguồn',
      'Ghi chú',
      'Số liệu',
    ])
    expect(table.rows).toHaveLength(2 * 2 + 2)
    expect(table.rows.at(-1)?.[2]).toBe(CITY_ROW_NAME)
    expect(table.fileName).toBe('so-lieu-chi-tieu-2021')
  })

  it('keeps Hai Bà Trưng 2021 new members as numbers: 2352 of 1330, 176.8%', () => {
    expect(row('Hai Bà Trưng', 'Phát triển (kết nạp) đoàn viên mới')?.slice(5, 9)).toEqual([
      2352,
      1330,
      176.8,
      'Đạt/vượt',
    ])
    expect(table.columns[5]?.type).toBe('integer')
  })

  it('says in words what a number cannot: demo data, missing figures', () => {
    expect(row('Ba Đình', 'Phát triển (kết nạp) đoàn viên mới')?.[12]).toBe('dữ liệu minh họa')
    expect(row('Ba Đình', 'Chi chăm lo, hỗ trợ đoàn viên, NLĐ')?.slice(5, 9)).toEqual([
      null,
      null,
      null,
      'Chưa có số liệu',
    ])
  })
})

describe('dashboardTable of a year in progress, accepted figures only', () => {
  const accepted = {
    ...dashboard2021,
    basis: 'accepted' as const,
    coverage: coverage({ basis: 'accepted', expected: 2, reported: 1 }),
    cells: dashboard2021.cells.map((c) =>
      c.unit === '001'
        ? { ...c, actual: null, percent: null, status: 'not_accepted' as const, report: 'submitted' as const }
        : c,
    ),
  }
  const table = dashboardTable(accepted, indicators)

  it('prints the basis on every row and in the file name', () => {
    expect(table.fileName).toBe('so-lieu-chi-tieu-2021-da-duyet')
    const last = table.columns.length - 1
    expect(new Set(table.rows.map((r) => r[last]))).toEqual(
      new Set(['Chỉ số liệu đã duyệt (1/2 đơn vị có báo cáo đã duyệt)']),
    )
  })

  it('gives a unit whose report is not accepted a neutral state and its report status', () => {
    const baDinh = table.rows.find((r) => r[2] === 'Ba Đình' && r[3] === 'Phát triển (kết nạp) đoàn viên mới')
    expect(baDinh?.slice(5, 11)).toEqual([null, 2500, null, 'Chưa duyệt', null, 'Đã gửi, chờ duyệt'])
  })
})

describe('rankingTable', () => {
  it('lists districts by rank with the change of rank as a signed number', () => {
    const table = rankingTable(
      {
        indicator: 'new_members',
        year: 2021,
        basis: 'latest',
        ...cityLevel(2),
        groups: [districtGroup(2)],
        coverage: rankingCoverage(2),
        rankedBy: 'percent',
        sources: [],
        rows: [
          rankingRow({
            unit: '001',
            name: 'Ba Đình',
            rank: 2,
            previousRank: 1,
            rankChange: -1,
            actual: 2100,
            target: 2500,
            percent: 84,
            status: 'below',
          }),
          rankingRow({
            unit: '007',
            name: 'Hai Bà Trưng',
            rank: 1,
            previousRank: 2,
            rankChange: 1,
            actual: 2352,
            target: 1330,
            percent: 176.8,
            status: 'achieved',
          }),
        ],
      },
      newMembers,
    )
    expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
      [1, '007', 'Hai Bà Trưng'],
      [2, '001', 'Ba Đình'],
    ])
    expect(table.rows[0]?.slice(3, 9)).toEqual([2352, 1330, 176.8, 'Đạt/vượt', 2, 1])
    expect(table.columns[3]?.header).toBe('Thực hiện (đoàn viên)')
  })
})

describe('exports carry the marks of derived numbers (issue 11)', () => {
  const marked = (over: Partial<(typeof dashboard2021.cells)[number]>) => ({
    ...dashboard2021,
    cells: dashboard2021.cells.map((c) =>
      c.unit === '007' && c.indicator === 'new_members' ? { ...c, ...over } : c,
    ),
  })
  const hbt = (table: ReturnType<typeof dashboardTable>) =>
    table.rows.find((r) => r[2] === 'Hai Bà Trưng' && r[3] === 'Phát triển (kết nạp) đoàn viên mới')
  const yoyAt = 9
  const notesAt = 12

  it('marks a change computed from an invented last year, keeps the number', () => {
    const row = hbt(
      dashboardTable(
        marked({
          previous: 1387,
          yoy: 69.6,
          derivedFrom: { illustrative: true, partialYear: false, bound: 'exact' },
        }),
        indicators,
      ),
    )
    expect(row?.[yoyAt]).toBe(69.6)
    expect(row?.[notesAt]).toContain('so với năm trước tính từ dữ liệu minh họa')
  })

  it('leaves out a change from a part-year figure and says why; a derived target says from what', () => {
    const row = hbt(
      dashboardTable(
        marked({
          previous: 600,
          yoy: 292,
          derivedFrom: { illustrative: false, partialYear: true, bound: 'exact' },
          targetNote: 'suy ra từ 145%',
        }),
        indicators,
      ),
    )
    expect(row?.[yoyAt]).toBeNull()
    expect(row?.[notesAt]).toContain('so với năm trước: không so sánh (có số liệu một phần năm)')
    expect(row?.[notesAt]).toContain('chỉ tiêu suy ra từ 145%')
  })
})
