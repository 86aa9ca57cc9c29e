// The unit list in the import's own layout (same headings, words and codes), so an exported file
// re-imports as "unchanged". CSV: UTF-8 with BOM, CRLF, every text quoted; XLSX: codes as text (their
// leading zeros kept), dates as real dates.
import { excelJs } from '../files/exceljs.ts'
import { ADMIN_TYPE_WORDS, ORG_KIND_WORDS, UNIT_FILE_COLUMNS, type UnitFileColumn } from '@ldld/db/contracts'
import type { Repositories } from '../repositories/index.ts'
import { predecessorsOf } from './unit-diff.ts'

type ExportRow = Record<UnitFileColumn, string>

export function exportRows(repos: Repositories): ExportRow[] {
  const { units, links } = repos.readSnapshot(() => ({
    units: repos.organisations.list(),
    links: repos.unitLinks.predecessorLinks(),
  }))
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: ORG_KIND_WORDS[u.kind][0] ?? u.kind,
    adminType: u.adminType ? ADMIN_TYPE_WORDS[u.adminType] : '',
    parent: u.parentCode ?? '',
    validFrom: u.validFrom,
    validTo: u.validTo ?? '',
    predecessors: predecessorsOf(u.code, links),
  }))
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`

export function unitsCsv(rows: readonly ExportRow[]): Buffer {
  const lines = [
    UNIT_FILE_COLUMNS.map((c) => quote(c.heading)).join(','),
    ...rows.map((row) => UNIT_FILE_COLUMNS.map((c) => quote(row[c.key])).join(',')),
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

const DATE_COLUMNS = new Set<UnitFileColumn>(['validFrom', 'validTo'])

export async function unitsXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  const workbook = new (await excelJs()).Workbook()
  const sheet = workbook.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = UNIT_FILE_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width: c.key === 'name' || c.key === 'kind' ? 28 : 16,
    // Text format keeps "00256" from turning into 256 when someone edits the cell.
    style: DATE_COLUMNS.has(c.key) ? { numFmt: 'dd/mm/yyyy' } : { numFmt: '@' },
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        UNIT_FILE_COLUMNS.map((c) => {
          const value = row[c.key]
          const isDate = DATE_COLUMNS.has(c.key) && value !== ''
          return [c.key, isDate ? new Date(`${value}T00:00:00.000Z`) : value === '' ? null : value]
        }),
      ),
    )
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
