// Long lists of units (the target grid, the report list): up to 126 rows in a year, 115 in 2025.
// Labels come from the contracts' unit-name rules; here only what a list does with them: match a
// typed filter, order, and split the split year into its periods (districts to 30/6/2025, unions
// from 1/10/2025).
import { formatDayMonth } from '@ldld/db/format'
import {
  NOT_STARTED_LABEL,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  unitFullName,
  unitGroups,
  unitKindWord,
  unitLabels,
  unitShortName,
  type DatedUnit,
  type ReportStatus,
} from '@ldld/db/contracts'

/** Lower case, no diacritics, "đ" as "d": "hai ba trung" finds "Hai Bà Trưng". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().trim()
}

/** Whether a unit's label, full name or code contains what was typed (diacritics optional). */
export function unitMatches(unit: DatedUnit, label: string, query: string): boolean {
  const q = searchKey(query)
  if (q === '') return true
  return [label, unitFullName(unit), unit.code].some((text) => searchKey(text).includes(q))
}

/**
 * Labels of one year's units for a list grouped by period: the contracts' `unitLabels`, except that a
 * name two units share says only the kind when that is enough ("Hai Bà Trưng (quận)" / "Hai Bà Trưng
 * (phường)"): the group heading already says the period.
 */
export function listLabels(units: readonly DatedUnit[]): Map<string, string> {
  const labels = unitLabels(units)
  const kindLabel = (u: DatedUnit) => `${unitShortName(u)} (${unitKindWord(u)})`
  const counts = new Map<string, number>()
  for (const u of units) counts.set(kindLabel(u), (counts.get(kindLabel(u)) ?? 0) + 1)
  for (const u of units)
    if (labels.get(u.code) !== unitShortName(u) && counts.get(kindLabel(u)) === 1)
      labels.set(u.code, kindLabel(u))
  return labels
}

/** Built at first need: an ICU collator costs 60–170 ms on a slow phone (issue 10 item 7). */
let collator: Intl.Collator | undefined

/** Compares two labels the Vietnamese way ("Ba Đình" before "Bắc Từ Liêm" before "Cầu Giấy"). */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0
  return (collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true })).compare(a, b)
}

export interface PeriodGroup<T> {
  key: string
  /** "1/1–30/6/2025 · 30 LĐLĐ quận, huyện, thị xã"; null when the year has one period only. */
  heading: string | null
  rows: T[]
}

/** The part of `year` a unit covers, as a key ("2025-01-01/2025-06-30"). */
function periodKey(unit: DatedUnit, year: number): string {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const from = unit.validFrom < start ? start : unit.validFrom
  const to = unit.validTo === null || unit.validTo > end ? end : unit.validTo
  return `${from}/${to}`
}

/**
 * Rows split by the part of the year their units cover, in the order periods begin: 2025 gives the
 * districts (1/1–30/6) then the unions (1/10–31/12). A year with one period gives one group without
 * a heading. Rows keep their order inside a group.
 */
export function periodGroups<T>(
  rows: readonly T[],
  unitOf: (row: T) => DatedUnit,
  year: number,
): PeriodGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const key = periodKey(unitOf(row), year)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const keys = [...groups.keys()].sort()
  return keys.map((key) => {
    const members = groups.get(key) ?? []
    if (keys.length === 1) return { key, heading: null, rows: members }
    const [from = '', to = ''] = key.split('/')
    const what = unitGroups(members.map(unitOf), year)
      .map((g) => g.text)
      .join(', ')
    return {
      key,
      heading: `${formatDayMonth(from).replace(/\/\d{4}$/, '')}–${formatDayMonth(to)} · ${what}`,
      rows: members,
    }
  })
}

/** Where a unit's report stands, "chưa bắt đầu" (nobody has written it) apart from a draft. */
export type ReportStage = ReportStatus | 'not_started'
export const REPORT_STAGES: readonly ReportStage[] = ['not_started', ...REPORT_STATUSES]
export const REPORT_STAGE_LABELS: Record<ReportStage, string> = {
  not_started: NOT_STARTED_LABEL,
  ...REPORT_STATUS_LABELS,
}
/** The order of work still to do: not started, draft, returned, awaiting review, accepted. */
const STAGE_ORDER: Record<ReportStage, number> = {
  not_started: 0,
  draft: 1,
  returned: 2,
  submitted: 3,
  accepted: 4,
}

export type UnitSort = 'list' | 'name' | 'code' | 'stage'
export const UNIT_SORT_LABELS: Record<UnitSort, string> = {
  list: 'Thứ tự danh sách',
  name: 'Tên (A → Z)',
  code: 'Mã đơn vị',
  stage: 'Tình trạng báo cáo',
}

export interface UnitFilter {
  query: string
  stage: ReportStage | null
  sort: UnitSort
}

export interface ListedUnit {
  unit: DatedUnit
  label: string
  stage: ReportStage
}

/** The rows a filter keeps, in the order it asks for (ties keep the list's order). */
export function filterUnits<T extends ListedUnit>(rows: readonly T[], filter: UnitFilter): T[] {
  const kept = rows.filter(
    (r) => (filter.stage === null || r.stage === filter.stage) && unitMatches(r.unit, r.label, filter.query),
  )
  const by: Record<UnitSort, ((a: T, b: T) => number) | null> = {
    list: null,
    name: (a, b) => compareLabels(a.label, b.label),
    code: (a, b) => compareLabels(a.unit.code, b.unit.code),
    stage: (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage],
  }
  const compare = by[filter.sort]
  return compare ? [...kept].sort(compare) : kept
}
