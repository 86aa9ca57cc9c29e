import { describe, expect, it } from 'vitest'
import { coverage, dashboard2021, indicators } from '../../../test/fixtures.ts'
import { CITY_ROW_NAME, dashboardTable } from './dashboard-table.ts'
import type { Series } from '@ldld/db/contracts'
import { rankingTable } from './ranking-table.ts'
import { seriesTable } from './series-table.ts'
import {
  cell,
  haiBaTrung,
  hbtNewMembers,
  newMembers,
  ranking2021,
  sources2021,
} from '../../../test/fixtures.ts'

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
    const table = rankingTable(ranking2021, newMembers)
    expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
      [1, '007', 'Hai Bà Trưng'],
      [2, '001', 'Ba Đình'],
    ])
    expect(table.rows[0]?.slice(3, 9)).toEqual([2352, 1330, 176.8, 'Đạt/vượt', 2, 1])
    expect(table.columns[3]?.header).toBe('Thực hiện (đoàn viên)')
    expect(table.rows[0]?.slice(-4)).toEqual([
      null,
      'Báo Lao động Thủ đô — Đã làm tốt, phấn đấu làm tốt hơn',
      null,
      'Số liệu mới nhất (30/30 đơn vị đã báo cáo)',
    ])
  })

  it('ranked by the actual alone, has no target, % or status columns', () => {
    const table = rankingTable({ ...ranking2021, rankedBy: 'value' }, newMembers)
    expect(table.columns.map((c) => c.header)).toEqual([
      'Hạng',
      'Mã đơn vị',
      'Đơn vị',
      'Thực hiện (đoàn viên)',
      'Hạng năm trước',
      'Thay đổi hạng (+ là tăng)',
      'Báo cáo',
      'Nguồn',
      'Ghi chú',
      'Số liệu',
    ])
    expect(table.columns.map((c) => c.width)).toEqual([7, 10, 24, 18, 10, 12, 16, 40, 40, 36])
    expect(table.rows[1]).toEqual([
      2,
      '001',
      'Ba Đình',
      2100,
      1,
      -1,
      null,
      'dữ liệu minh họa',
      'dữ liệu minh họa',
      'Số liệu mới nhất (30/30 đơn vị đã báo cáo)',
    ])
  })
})

describe('seriesTable', () => {
  const series: Series = {
    unit: haiBaTrung,
    basis: 'accepted',
    years: [2020, 2021],
    yearReports: [],
    cells: [
      hbtNewMembers,
      cell({
        year: 2020,
        unit: '007',
        indicator: 'new_members',
        actual: 1387,
        status: 'no_target',
        note: 'theo báo cáo tổng kết',
        report: 'accepted',
      }),
    ],
    levelTotals: [],
    break: null,
    predecessors: [],
    successors: [],
    sources: sources2021,
  }
  const table = seriesTable(series, indicators)

  it('has one row per indicator and year, oldest first, with the same figure and source columns', () => {
    expect(table.fileName).toBe('so-lieu-007-hai-ba-trung-da-duyet')
    expect(table.sheetName).toBe('Hai Bà Trưng')
    expect(table.columns.map((c) => [c.header, c.type, c.width])).toEqual([
      ['Năm', 'year', 7],
      ['Chỉ tiêu', 'text', 44],
      ['Đơn vị tính', 'text', 12],
      ['Thực hiện', 'integer', 16],
      ['Chỉ tiêu giao', 'integer', 16],
      ['% đạt', 'decimal', 9],
      ['Trạng thái', 'text', 18],
      ['So với năm trước (%)', 'decimal', 12],
      ['Báo cáo', 'text', 16],
      ['Nguồn', 'text', 40],
      ['Ghi chú', 'text', 40],
      ['Số liệu', 'text', 24],
    ])
    expect(table.rows).toEqual([
      [
        2020,
        'Phát triển (kết nạp) đoàn viên mới',
        'đoàn viên',
        1387,
        null,
        null,
        'Không giao chỉ tiêu',
        null,
        'Đã duyệt (khóa)',
        null,
        'theo báo cáo tổng kết',
        'Chỉ số liệu đã duyệt',
      ],
      [
        2021,
        'Phát triển (kết nạp) đoàn viên mới',
        'đoàn viên',
        2352,
        1330,
        176.8,
        'Đạt/vượt',
        null,
        null,
        'Báo Lao động Thủ đô — Đã làm tốt, phấn đấu làm tốt hơn',
        null,
        'Chỉ số liệu đã duyệt',
      ],
    ])
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
