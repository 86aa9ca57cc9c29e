import { describe, expect, it } from 'vitest'
import type { Grid } from './unit-file.ts'
import { parseDate, parseUnitRows } from './unit-file-rows.ts'

const grid = (...rows: string[][]): Grid => ({
  format: 'csv',
  rows: rows.map((cells, i) => ({ row: i + 1, cells: cells.map((text) => ({ text, numeric: false })) })),
  issues: [],
})

describe('parseDate', () => {
  it.each([
    ['2025-10-01', '2025-10-01'],
    ['1/10/2025', '2025-10-01'],
    ['30.6.2025', '2025-06-30'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['31/9/2025', null],
    ['10/01/25', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso)
  })
})

describe('parseUnitRows', () => {
  it('matches headings whatever their case, diacritics or language, and skips blank rows', () => {
    const parsed = parseUnitRows(
      grid(
        ['MÃ', 'ten', 'Kind', 'admin_type', 'Đơn vị cấp trên', 'Valid From', 'hieu luc den'],
        ['00256', ' Hai  Bà Trưng ', 'Công đoàn phường', 'PHƯỜNG', '01', '1/10/2025', ''],
        ['', '', '', '', '', '', ''],
        ['KCN', 'KCNC và KCN', 'industrial_zone', '', '01', '2025-10-01', ''],
      ),
    )
    expect(parsed.issues).toEqual([])
    expect(parsed.rows).toBe(2)
    expect(parsed.hasPredecessors).toBe(false)
    expect(parsed.units).toEqual([
      {
        row: 2,
        code: '00256',
        name: 'Hai Bà Trưng',
        kind: 'ward',
        adminType: 'phuong',
        parentCode: '01',
        validFrom: '2025-10-01',
        validTo: null,
        predecessors: undefined,
      },
      {
        row: 4,
        code: 'KCN',
        name: 'KCNC và KCN',
        kind: 'industrial_zone',
        adminType: null,
        parentCode: '01',
        validFrom: '2025-10-01',
        validTo: null,
        predecessors: undefined,
      },
    ])
  })

  it('reads predecessors separated by commas, semicolons or spaces', () => {
    const parsed = parseUnitRows(
      grid(
        ['code', 'name', 'kind', 'admin type', 'parent', 'valid from', 'predecessors'],
        ['P1', 'Láng', 'ward', '', '01', '2025-10-01', '007; 005,006 001'],
      ),
    )
    expect(parsed.units[0]?.predecessors).toEqual(['007', '005', '006', '001'])
  })
})
