import { describe, expect, it } from 'vitest'
import { CSV_SEPARATOR, toCsv } from './csv.ts'
import type { ExportTable } from './table-model.ts'
import { asciiSlug } from './table-model.ts'

const table: ExportTable = {
  fileName: 'x',
  sheetName: 'x',
  columns: [
    { header: 'Đơn vị', type: 'text', width: 10 },
    { header: 'Thực hiện', type: 'integer', width: 10 },
    { header: '% đạt', type: 'decimal', width: 10 },
    { header: 'Ghi chú', type: 'text', width: 10 },
  ],
  rows: [
    ['Hai Bà Trưng', 2352, 176.8, 'số thực hiện là cận dưới (“hơn”)'],
    ['Ba Đình', 11_786_100_000, null, 'trích "đạt 177%", chỉ tiêu'],
    ['=HYPERLINK("x")', null, 0, null],
  ],
}

describe('toCsv', () => {
  const csv = toCsv(table)
  const lines = csv.slice(1).split('\r\n')

  it('starts with a UTF-8 byte-order mark and keeps Vietnamese letters as they are', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(lines[0]).toBe('"Đơn vị","Thực hiện","% đạt","Ghi chú"')
  })

  it('writes numbers as plain digits with a decimal point, never with thousands dots', () => {
    expect(CSV_SEPARATOR).toBe(',')
    expect(lines[1]).toBe('"Hai Bà Trưng",2352,176.8,"số thực hiện là cận dưới (“hơn”)"')
    expect(lines[2]?.split(',')[1]).toBe('11786100000')
  })

  it('quotes text, doubles inner quotes, leaves empty cells empty and defuses formulas', () => {
    expect(lines[2]).toBe('"Ba Đình",11786100000,,"trích ""đạt 177%"", chỉ tiêu"')
    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")",,0,`)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(lines).toHaveLength(5) // header, three rows, and the empty string after the last CRLF
  })

  it('makes ASCII file names from Vietnamese text', () => {
    expect(asciiSlug('số liệu 007 Hai Bà Trưng — Đống Đa')).toBe('so-lieu-007-hai-ba-trung-dong-da')
  })
})
