// Unit names live in the contracts (unitFullName, unitGroupPhrase and friends, one home for server,
// web and seed). Here: what the read pages say about "the units of a year" (headings, the header's
// subtitle, column headings) and the unit picker's groups, all from those rules.
import {
  compareCodes,
  DISTRICT_GROUP_PHRASE,
  sentenceStart,
  unitFullName,
  unitGroupPhrase,
  UNION_GROUP_PHRASE,
  yearPhase,
  type Organisation,
} from '@ldld/db/contracts'
import { formatDayMonth } from '@ldld/db/format'
import { compareLabels, listLabels } from './unit-rows.ts'

/** "LĐLĐ quận Hai Bà Trưng", "Công đoàn phường Hai Bà Trưng": the unit's full name. */
export function federationName(org: Organisation): string {
  return unitFullName(org)
}

/** Districts first in the GSO order the city uses in its own tables. */
export function districtsOf(orgs: readonly Organisation[]): Organisation[] {
  return orgs.filter((o) => o.kind === 'district').sort((a, b) => compareCodes(a.code, b.code))
}

/** The header's subtitle: the units the city directs in `year` (both groups in 2025). */
export function siteSubtitle(year: number | undefined): string {
  if (year === undefined) return 'LĐLĐ thành phố Hà Nội'
  switch (yearPhase(year)) {
    case 'districts':
      return `${DISTRICT_GROUP_PHRASE} Hà Nội`
    case 'unions':
      return `${sentenceStart(UNION_GROUP_PHRASE)} Hà Nội`
    case 'split':
      return `LĐLĐ quận, huyện và công đoàn xã, phường Hà Nội`
  }
}

/** "So sánh các LĐLĐ quận, huyện, thị xã" / "So sánh các công đoàn xã, phường"; 2025 both. */
export function unitsOfYearPhrase(year: number): string {
  return yearPhase(year) === 'split' ? 'đơn vị' : unitGroupPhrase(year)
}

/** The unit column's heading in a table of one year. */
export function unitColumnHeading(year: number): string {
  switch (yearPhase(year)) {
    case 'districts':
      return 'Quận, huyện'
    case 'unions':
      return 'Công đoàn xã, phường'
    case 'split':
      return 'Đơn vị'
  }
}

/** The group a unit's kind belongs to, as a picker or a page names it. */
export function unitGroupName(unit: Pick<Organisation, 'kind'>): string {
  switch (unit.kind) {
    case 'district':
      return DISTRICT_GROUP_PHRASE
    case 'ward':
    case 'commune':
      return sentenceStart(UNION_GROUP_PHRASE)
    case 'industrial_zone':
      return 'Công đoàn khu công nghiệp'
    case 'sector':
      return 'Công đoàn ngành'
    case 'city':
      return 'Thành phố'
  }
}

export interface PickerGroup {
  /** "LĐLĐ quận, huyện, thị xã (đến 30/6/2025)", "Công đoàn xã, phường (từ 1/10/2025)". */
  label: string
  options: { value: string; label: string; unit: Organisation }[]
}

/**
 * Every unit a reader can open, grouped by kind and period: the groups of the year in view first,
 * then the newest (the unions of today before the districts that ended in 2025). Labels tell two
 * units of one name apart ("Ba Đình (quận)").
 */
export function pickerGroups(orgs: readonly Organisation[], year?: number): PickerGroup[] {
  const units = orgs.filter((o) => o.kind !== 'city')
  const labels = listLabels(units)
  const groups = new Map<string, Organisation[]>()
  for (const unit of units) {
    const key = `${unitGroupName(unit)}|${unit.validTo ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), unit])
  }
  return [...groups.values()]
    .map((members) => {
      const [first] = members
      const to = first?.validTo ?? null
      const from = members.reduce((min, u) => (u.validFrom < min ? u.validFrom : min), '9999')
      const period = to === null ? `từ ${formatDayMonth(from)}` : `đến ${formatDayMonth(to)}`
      const inYear = year !== undefined && from <= `${year}-12-31` && (to === null || to >= `${year}-01-01`)
      return {
        // Territorial units before the industrial-zone and sector unions of the same period.
        sortKey: `${inYear ? 1 : 0}${to ?? '9999'}${first && ['industrial_zone', 'sector'].includes(first.kind) ? 0 : 1}`,
        label: `${first ? unitGroupName(first) : ''} (${period})`,
        options: [...members]
          .sort((a, b) => compareCodes(a.code, b.code))
          .map((unit) => ({ value: unit.code, label: labels.get(unit.code) ?? unit.name, unit })),
      }
    })
    .sort((a, b) => compareCodes(b.sortKey, a.sortKey) || compareLabels(a.label, b.label))
    .map(({ label, options }) => ({ label, options }))
}
