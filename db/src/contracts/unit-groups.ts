// The words for "the units of a year" in headings, deck titles, reports and exports: "LĐLĐ quận,
// huyện, thị xã" before the 2025 change, "công đoàn xã, phường" after it, both in 2025 (domain.md §3).
import type { OrgKind } from './enums.ts'
import { formatDayMonth } from './format.ts'
import { REORGANISATION, unitFullName, type DatedUnit } from './unit-names.ts'

export const DISTRICT_GROUP_PHRASE = 'LĐLĐ quận, huyện, thị xã'
export const UNION_GROUP_PHRASE = 'công đoàn xã, phường'

/** Before the change (districts), the split year 2025 (both), after it (commune and ward unions). */
export type YearPhase = 'districts' | 'split' | 'unions'

export function yearPhase(year: number): YearPhase {
  if (year < REORGANISATION.year) return 'districts'
  return year === REORGANISATION.year ? 'split' : 'unions'
}

/**
 * The group phrase of a year, for running text: "LĐLĐ quận, huyện, thị xã" (2024), "công đoàn xã,
 * phường" (2026), and for 2025 both with their months. Capitalise with `sentenceStart` for a heading.
 */
export function unitGroupPhrase(year: number): string {
  switch (yearPhase(year)) {
    case 'districts':
      return DISTRICT_GROUP_PHRASE
    case 'unions':
      return UNION_GROUP_PHRASE
    case 'split':
      return `${DISTRICT_GROUP_PHRASE} (tháng 1–6/${year}) và ${UNION_GROUP_PHRASE} (từ tháng 10/${year})`
  }
}

/** "Công đoàn xã, phường" at the start of a heading; "LĐLĐ …" is left as it is. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

type GroupKey = 'districts' | 'unions' | 'industrial_zone' | 'sector'

const GROUP_OF: Record<OrgKind, GroupKey | null> = {
  city: null,
  district: 'districts',
  ward: 'unions',
  commune: 'unions',
  industrial_zone: 'industrial_zone',
  sector: 'sector',
}

const GROUP_PHRASES: Record<GroupKey, string> = {
  districts: DISTRICT_GROUP_PHRASE,
  unions: UNION_GROUP_PHRASE,
  industrial_zone: 'công đoàn khu công nghiệp',
  sector: 'công đoàn ngành',
}

export interface UnitGroup {
  key: GroupKey
  count: number
  /** "30 LĐLĐ quận, huyện, thị xã"; a group of one names its unit ("Công đoàn các KCNC và KCN"). */
  text: string
  /** The part of the year the group covers ("1/1–30/6/2025"), or null for the whole year. */
  period: string | null
}

function partOfYear(from: string, to: string, year: number): string | null {
  if (from === `${year}-01-01` && to === `${year}-12-31`) return null
  const [, m, d] = from.split('-')
  return `${Number(d)}/${Number(m)}–${formatDayMonth(to)}`
}

/** The units of `year` (validity overlapping it) by group, in the order of GROUP_PHRASES. */
export function unitGroups(units: readonly DatedUnit[], year: number): UnitGroup[] {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const groups: UnitGroup[] = []
  for (const key of Object.keys(GROUP_PHRASES) as GroupKey[]) {
    const members = units.filter(
      (u) => GROUP_OF[u.kind] === key && u.validFrom <= end && (u.validTo === null || u.validTo >= start),
    )
    const [only] = members
    if (!only) continue
    const from = members.reduce((min, u) => (u.validFrom < min ? u.validFrom : min), end)
    const to = members.reduce((max, u) => ((u.validTo ?? end) > max ? (u.validTo ?? end) : max), start)
    const named = members.length === 1 && (key === 'industrial_zone' || key === 'sector')
    groups.push({
      key,
      count: members.length,
      text: named ? unitFullName(only) : `${members.length} ${GROUP_PHRASES[key]}`,
      period: partOfYear(from < start ? start : from, to > end ? end : to, year),
    })
  }
  return groups
}

/**
 * "30 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025) và 84 công đoàn xã, phường (1/10–31/12/2025)":
 * what a year's city totals add up, written out.
 */
export function describeUnitGroups(units: readonly DatedUnit[], year: number): string {
  const parts = unitGroups(units, year).map((g) => (g.period ? `${g.text} (${g.period})` : g.text))
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1) ?? ''}`
}
