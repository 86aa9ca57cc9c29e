// Shapes one district's series into one history per indicator (years ascending).
import {
  unitFullName,
  unitPeriodRange,
  type Cell,
  type Indicator,
  type Organisation,
  type Series,
  type Source,
} from '@ldld/db/contracts'
import { niceScale, type NiceScale } from '../../components/chart/nice-scale.ts'
import { figureLines, figureSummary, isMissing } from '../../lib/figures.ts'

export interface HistoryRow {
  year: number
  /** Year as text: the chart's category axis. */
  label: string
  cell: Cell | undefined
  actual: number | null
  target: number | null
  source: Source | undefined
  lines: string[]
}

export interface History {
  indicator: Indicator
  rows: HistoryRow[]
  scale: NiceScale
  summary: string
}

function summaryOf(indicator: Indicator, unitName: string, rows: readonly HistoryRow[]): string {
  const first = rows[0]?.year
  const last = rows.at(-1)
  const latest = [...rows].reverse().find((row) => row.cell && !isMissing(row.cell.status))
  const span = first === undefined || last === undefined ? '' : ` qua các năm ${first}–${last.year}`
  const shape = indicator.takesTarget
    ? 'cột là số thực hiện, đường nét đứt là chỉ tiêu'
    : 'cột là số thực hiện'
  const tail = latest?.cell
    ? ` Năm ${latest.year}: ${figureSummary(latest.cell, indicator)}.`
    : ' Chưa có số liệu.'
  return `Biểu đồ cột: ${indicator.nameVi} của ${unitName}${span}; ${shape}.${tail}`
}

/**
 * "2025 (T1–6)" for a year the unit covers only in part (a district to 30/6/2025, a union from
 * 1/10/2025), so a half or a quarter year is never read as a whole one; else the year.
 */
export function yearLabel(unit: Pick<Organisation, 'validFrom' | 'validTo'>, year: number): string {
  const from = unit.validFrom > `${year}-01-01` ? Number(unit.validFrom.slice(5, 7)) : 1
  const to = unit.validTo !== null && unit.validTo < `${year}-12-31` ? Number(unit.validTo.slice(5, 7)) : 12
  return from === 1 && to === 12 ? String(year) : `${year} (T${from}–${to})`
}

export function histories(series: Series, catalogue: readonly Indicator[], unitName: string): History[] {
  const years = [...series.years].sort((a, b) => a - b)
  const sources = new Map(series.sources.map((source) => [source.id, source]))
  const byKey = new Map<string, Map<number, Cell>>()
  for (const cell of series.cells) {
    const perYear = byKey.get(cell.indicator) ?? new Map<number, Cell>()
    perYear.set(cell.year, cell)
    byKey.set(cell.indicator, perYear)
  }
  return catalogue
    .filter((indicator) => byKey.has(indicator.key))
    .map((indicator) => {
      const perYear = byKey.get(indicator.key)
      const rows = years.map((year): HistoryRow => {
        const cell = perYear?.get(year)
        return {
          year,
          label: yearLabel(series.unit, year),
          cell,
          actual: cell?.actual ?? null,
          target: cell?.target ?? null,
          source: cell?.sourceId == null ? undefined : sources.get(cell.sourceId),
          lines: figureLines(cell, indicator),
        }
      })
      const scale = niceScale(Math.max(0, ...rows.map((row) => Math.max(row.actual ?? 0, row.target ?? 0))))
      return { indicator, rows, scale, summary: summaryOf(indicator, unitName, rows) }
    })
}

/**
 * What the page says when the unit has no figures in `year` (or, without a year, in any year): a
 * union begun on 1/10/2025 before its first report, a unit opened in a year before it began or after
 * it ended, or a year it has not reported. Null when there are figures to show.
 */
export function missingFiguresText(series: Series, year?: number): string | null {
  const cells = year === undefined ? series.cells : series.cells.filter((cell) => cell.year === year)
  if (cells.length > 0) return null
  const name = unitFullName(series.unit)
  const { validFrom, validTo } = series.unit
  const accepted = series.basis === 'accepted'
  const what = accepted ? 'số liệu đã duyệt' : 'số liệu'
  if (year === undefined) {
    return accepted
      ? `${name} chưa có số liệu đã duyệt năm nào: chưa có báo cáo nào của đơn vị được duyệt.`
      : `${name} chưa có số liệu năm nào: đơn vị chưa gửi báo cáo và chưa có số liệu nhập từ tệp.`
  }
  if (validFrom > `${year}-12-31`) {
    return `Năm ${year} ${name} chưa thành lập (hoạt động ${unitPeriodRange(series.unit)}), nên không có ${what}.`
  }
  if (validTo !== null && validTo < `${year}-01-01`) {
    return `Năm ${year} ${name} đã thôi hoạt động (hoạt động ${unitPeriodRange(series.unit)}), nên không có ${what}.`
  }
  return accepted
    ? `Chưa có số liệu đã duyệt năm ${year} của ${name}: chưa có báo cáo năm ${year} của đơn vị được duyệt.`
    : `Chưa có số liệu năm ${year} của ${name}: đơn vị chưa gửi báo cáo năm ${year} và chưa có số liệu nhập từ tệp.`
}
