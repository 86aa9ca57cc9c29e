// The words for "the units of a year" in headings, deck titles, reports and exports: "LĐLĐ quận,
// huyện, thị xã" before the 2025 change, "công đoàn xã, phường" after it, both in 2025 (domain.md §3).
import { yearBounds } from './entry-year.ts'
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

/** The groups a year's units fall in: districts (to 30/6/2025), commune and ward unions, the KCN union, sector unions. */
export const UNIT_GROUP_KEYS = ['districts', 'unions', 'industrial_zone', 'sector'] as const
export type GroupKey = (typeof UNIT_GROUP_KEYS)[number]

/** The group of a unit's kind; the city itself belongs to none (it is the level above). */
export function unitGroupOf(kind: OrgKind): GroupKey | null {
  return GROUP_OF[kind]
}

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
  /** The group's part of the year, clipped to it: "2025-01-01" … "2025-06-30". */
  from: string
  to: string
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
  // One pass over the units (a level may have thousands): each group's count, first member and span.
  const found = new Map<GroupKey, { count: number; only: DatedUnit; from: string; to: string }>()
  for (const u of units) {
    const key = GROUP_OF[u.kind]
    if (key === null || u.validFrom > end || (u.validTo !== null && u.validTo < start)) continue
    const until = u.validTo ?? end
    const group = found.get(key)
    if (!group) found.set(key, { count: 1, only: u, from: u.validFrom, to: until })
    else {
      group.count += 1
      if (u.validFrom < group.from) group.from = u.validFrom
      if (until > group.to) group.to = until
    }
  }
  const groups: UnitGroup[] = []
  for (const key of Object.keys(GROUP_PHRASES) as GroupKey[]) {
    const group = found.get(key)
    if (!group) continue
    const from = group.from < start ? start : group.from
    const to = group.to > end ? end : group.to
    const named = group.count === 1 && (key === 'industrial_zone' || key === 'sector')
    groups.push({
      key,
      count: group.count,
      from,
      to,
      text: named ? unitFullName(group.only) : `${group.count} ${GROUP_PHRASES[key]}`,
      period: partOfYear(from, to, year),
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

/** "1/1–30/6/2025": the part of `year` a unit existed (the whole year reads "1/1–31/12/2026"). */
export function unitPeriodInYear(unit: { validFrom: string; validTo: string | null }, year: number): string {
  const from = unit.validFrom < `${year}-01-01` ? `${year}-01-01` : unit.validFrom
  const to = unit.validTo === null || unit.validTo > `${year}-12-31` ? `${year}-12-31` : unit.validTo
  const [, m, d] = from.split('-')
  return `${Number(d)}/${Number(m)}–${formatDayMonth(to)}`
}

/** The unit existed through the whole of `year` (a flow of a unit valid part of it is a part-year figure). */
export function coversWholeYear(unit: { validFrom: string; validTo: string | null }, year: number): boolean {
  const [first, last] = yearBounds(year)
  return unit.validFrom <= first && (unit.validTo === null || unit.validTo >= last)
}

/**
 * "Cộng 30 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025) và 85 …": what a level's totals add, for the
 * line under a total. `stockGroups` (stocks are read at one date) name the groups a stock total adds
 * when they are fewer (2025: the unions' 31/12 figures, not the districts' 30/6 added on top).
 */
export function totalsBasisText(
  groups: readonly UnitGroup[],
  stockGroups: readonly GroupKey[],
): {
  text: string
  stocks: string | null
} {
  const phrase = (gs: readonly UnitGroup[]) => {
    const parts = gs.map((g) => (g.period ? `${g.text} (${g.period})` : g.text))
    if (parts.length <= 1) return parts[0] ?? ''
    return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1) ?? ''}`
  }
  const text = groups.length === 0 ? 'Chưa có đơn vị nào trong năm.' : `Cộng ${phrase(groups)}.`
  const stockOnly = groups.filter((g) => stockGroups.includes(g.key))
  const stocks =
    stockOnly.length > 0 && stockOnly.length < groups.length
      ? `Chỉ tiêu thời điểm (tổng số CĐCS, đoàn viên, CNVCLĐ) chỉ cộng ${phrase(stockOnly)}: số cuối năm, không cộng thêm số của đơn vị đã kết thúc trong năm.`
      : null
  return { text, stocks }
}

/** A fact quoted in the explanation of the 2025 break, with where it comes from. */
export interface BreakFact {
  text: string
  value: number
  qualifier: 'exact' | 'about'
  /** When the figure stood ("12/2023", "giữa năm 2025"). */
  when: string
  /** The source's slug in the sources list, when the product holds the source; else null. */
  sourceSlug: string | null
  quote: string | null
  /** Why there is no quote, when there is none. */
  note: string | null
}

/**
 * The break in every city series (domain.md §3): district federations ended on 30/6/2025 and the
 * commune and ward unions began on 1/10/2025; unit-level lines never cross it. The drop in grassroots
 * unions across it is mostly definitional and must not read as an organising failure.
 */
export const REORGANISATION_BREAK = {
  year: REORGANISATION.year,
  lastDayBefore: REORGANISATION.districtsEnd,
  firstDayAfter: REORGANISATION.unionsStart,
  title: 'Sắp xếp tổ chức công đoàn năm 2025',
  text:
    'Từ 1/7/2025 không còn cấp quận, huyện: 30 LĐLĐ quận, huyện, thị xã kết thúc ngày 30/6/2025 (cùng 10 ' +
    'công đoàn ngành); từ 1/10/2025 LĐLĐ thành phố trực tiếp chỉ đạo 84 công đoàn xã, phường và Công đoàn ' +
    'các KCNC và KCN. Số liệu hai bên mốc này tính trên những đơn vị khác nhau, không nối thành một đường ' +
    'cho từng đơn vị.',
  unionsDrop:
    'Số công đoàn cơ sở giảm từ 9.360 (12/2023) xuống khoảng 6.349 (giữa năm 2025) chủ yếu do thay đổi ' +
    'phạm vi: phần lớn là công đoàn cơ sở ở cơ quan, đơn vị nhà nước chấm dứt hoạt động khi sắp xếp bộ ' +
    'máy, không phải do phát triển tổ chức kém đi.',
  facts: [
    {
      text: '9.360 công đoàn cơ sở (12/2023, cả 45 công đoàn cấp trên trực tiếp cơ sở)',
      value: 9360,
      qualifier: 'exact',
      when: '12/2023',
      sourceSlug: 'src-004',
      quote: '45 công đoàn cấp trên trực tiếp cơ sở với tổng số 9.360 công đoàn cơ sở và 700.000 đoàn viên',
      note: null,
    },
    {
      text: 'khoảng 6.349 công đoàn cơ sở (giữa năm 2025)',
      value: 6349,
      qualifier: 'about',
      when: 'giữa năm 2025',
      sourceSlug: null,
      quote: null,
      note: 'Số LĐLĐ thành phố nêu khi sắp xếp năm 2025; bài nguồn chưa có trong kho dữ liệu này.',
    },
  ] satisfies BreakFact[],
} as const
