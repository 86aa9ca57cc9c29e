// The units of a year in the parts a slide or a report section compares: the district federations before the
// 2025 change, the commune and ward unions (with the KCN union) after it. 2025 has both, each with
// its part of the year, and a slide never mixes them (domain.md §3). Words from unit-groups.ts.
import {
  CITY_CODE,
  DISTRICT_GROUP_PHRASE,
  describeUnitGroups,
  REORGANISATION,
  UNION_GROUP_PHRASE,
  unitGroups,
  unitLabels,
  yearPhase,
  type Dashboard,
  type Organisation,
} from '@ldld/db/contracts'

export type SegmentKey = 'before' | 'after'

export interface DeckSegment {
  key: SegmentKey
  /** "LĐLĐ quận, huyện, thị xã" or "công đoàn xã, phường", for titles. */
  phrase: string
  /** What the segment holds: "30 LĐLĐ quận, huyện, thị xã", "84 công đoàn xã, phường và Công đoàn các KCNC và KCN". */
  text: string
  /** The part of the year it covers ("1/1–30/6/2025"), null for a whole year. */
  period: string | null
  /** Several segments in the year (2025): slide ids and titles name the segment. */
  split: boolean
  units: Organisation[]
  /** Short names that cannot be mistaken for another unit on the same slide, by code. */
  labels: Map<string, string>
}

/** A unit ended by the change (district federations, the sector unions of then) or begun after it. */
export function segmentOf(unit: Pick<Organisation, 'validTo'>): SegmentKey {
  return unit.validTo !== null && unit.validTo <= REORGANISATION.districtsEnd ? 'before' : 'after'
}

const PHRASES: Record<SegmentKey, string> = { before: DISTRICT_GROUP_PHRASE, after: UNION_GROUP_PHRASE }

/** A unit of the city valid at some time in `year`. */
function cityUnitIn(unit: Organisation, year: number): boolean {
  return (
    unit.parentCode === CITY_CODE &&
    unit.validFrom <= `${year}-12-31` &&
    (unit.validTo === null || unit.validTo >= `${year}-01-01`)
  )
}

/**
 * The years (of `years`, up to `year`) a deck of `year` reads: its own, and the years its race adds.
 * Before the 2025 change that is every year up to its own; from 2025 the race adds only the years of
 * units on today's side of the change (the commune and ward unions, and any unit not ended by it),
 * so a deck of 2026 reads 2025 and 2026, not the districts' nine years before (their dashboards were
 * fetched and never drawn: issue 10 item 7). A year read in excess costs a request, never a slide:
 * the race itself keeps the years whose units are on its side (build-deck.ts).
 */
export function deckYears(orgs: readonly Organisation[], years: readonly number[], year: number): number[] {
  const wanted = years.filter(
    (y) =>
      y < year &&
      (yearPhase(year) === 'districts' || orgs.some((u) => cityUnitIn(u, y) && segmentOf(u) === 'after')),
  )
  return [...new Set([...wanted, year])].sort((a, b) => a - b)
}

/** The year's segments in time order; a year with one kind of units has one. */
export function deckSegments(dashboard: Dashboard): DeckSegment[] {
  const keys: SegmentKey[] = ['before', 'after']
  const parts = keys
    .map((key) => ({ key, units: dashboard.units.filter((u) => segmentOf(u) === key) }))
    .filter((part) => part.units.length > 0)
  return parts.map(({ key, units }) => ({
    key,
    phrase: PHRASES[key],
    text: describeUnitGroups(units, dashboard.year),
    period: unitGroups(units, dashboard.year)[0]?.period ?? null,
    split: parts.length > 1,
    units,
    labels: unitLabels(units),
  }))
}

/** "… năm 2024", or for a part of a split year "… (1/1–30/6/2025)". */
export function segmentWhen(segment: DeckSegment, year: number): string {
  return segment.split && segment.period ? `(${segment.period})` : `năm ${year}`
}

/** Slide id of one segment: the plain id in a year of one segment (kept across years for the sorter). */
export function segmentId(id: string, segment: DeckSegment): string {
  return segment.split ? `${id}:${segment.key}` : id
}

/** The whole year's units in words, for the title slide and totals: "30 LĐLĐ quận, huyện, thị xã". */
export function yearUnitsText(dashboard: Dashboard): string {
  return describeUnitGroups(dashboard.units, dashboard.year)
}
