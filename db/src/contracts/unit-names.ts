// How a unit is named, in one place: from its kind, administrative type and validity period
// (domain.md §2–3). Stored names are short ("Hai Bà Trưng"); everything longer is derived here, so
// "LĐLĐ quận Hai Bà Trưng" and "Công đoàn phường Hai Bà Trưng" can never be typed the wrong way round.
import type { AdminType, OrgKind } from './enums.ts'
import { formatDayMonth } from './format.ts'

/** What naming needs of a unit; the API's Organisation and the database row both fit. */
export interface NamedUnit {
  name: string
  kind: OrgKind
  adminType: AdminType | null
}

export interface DatedUnit extends NamedUnit {
  code: string
  validFrom: string
  validTo: string | null
}

/** The 2025 reorganisation (domain.md §3): district federations ended, commune and ward unions began. */
export const REORGANISATION = {
  year: 2025,
  districtsEnd: '2025-06-30',
  unionsStart: '2025-10-01',
} as const

export const ADMIN_TYPE_WORDS: Record<AdminType, string> = {
  quan: 'quận',
  huyen: 'huyện',
  thi_xa: 'thị xã',
  phuong: 'phường',
  xa: 'xã',
}

/** The word that tells two units of one name apart ("quận" vs "phường"). */
const KIND_WORDS: Record<OrgKind, string> = {
  city: 'thành phố',
  district: 'quận, huyện',
  ward: 'phường',
  commune: 'xã',
  sector: 'ngành',
  industrial_zone: 'KCN',
}

/** Kinds as an administrator picks them (forms, import preview). */
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  city: 'LĐLĐ thành phố',
  district: 'LĐLĐ quận, huyện, thị xã',
  ward: 'Công đoàn phường',
  commune: 'Công đoàn xã',
  sector: 'Công đoàn ngành',
  industrial_zone: 'Công đoàn các khu công nghệ cao và khu công nghiệp',
}

/** Administrative types as a form shows them. */
export const ADMIN_TYPE_LABELS: Record<AdminType, string> = {
  quan: 'Quận',
  huyen: 'Huyện',
  thi_xa: 'Thị xã',
  phuong: 'Phường',
  xa: 'Xã',
}

/** The stored short name, NFC and trimmed ("Ứng Hòa" typed with combining marks compares equal). */
export function unitShortName(unit: Pick<NamedUnit, 'name'>): string {
  return unit.name.normalize('NFC').trim().replace(/\s+/g, ' ')
}

/** "quận", "huyện", "thị xã" for a district; "phường", "xã", "KCN", "ngành", "thành phố" otherwise. */
export function unitKindWord(unit: Pick<NamedUnit, 'kind' | 'adminType'>): string {
  if (unit.kind === 'district' && unit.adminType) return ADMIN_TYPE_WORDS[unit.adminType]
  return KIND_WORDS[unit.kind]
}

/** A sector union's name may already say "Công đoàn …"; it is never said twice. */
function withUnionWord(name: string): string {
  return /^công đoàn\b/i.test(name) ? name : `Công đoàn ${name}`
}

/**
 * The full name: "LĐLĐ quận Hai Bà Trưng", "LĐLĐ huyện Thanh Trì", "LĐLĐ thị xã Sơn Tây",
 * "Công đoàn phường Hai Bà Trưng", "Công đoàn xã Sóc Sơn", "Công đoàn các KCNC và KCN" (name
 * "KCNC và KCN"), "LĐLĐ thành phố Hà Nội", a sector union by its name ("Công đoàn ngành Y tế Hà Nội").
 */
export function unitFullName(unit: NamedUnit): string {
  const name = unitShortName(unit)
  switch (unit.kind) {
    case 'city':
      return `LĐLĐ thành phố ${name}`
    case 'district':
      return unit.adminType ? `LĐLĐ ${ADMIN_TYPE_WORDS[unit.adminType]} ${name}` : `LĐLĐ ${name}`
    case 'ward':
      return `Công đoàn phường ${name}`
    case 'commune':
      return `Công đoàn xã ${name}`
    case 'industrial_zone':
      return `Công đoàn các ${name}`
    case 'sector':
      return withUnionWord(name)
  }
}

/** "đến 30/6/2025" for a unit that has ended, "từ 1/10/2025" for one still running. */
export function unitPeriodPhrase(unit: Pick<DatedUnit, 'validFrom' | 'validTo'>): string {
  return unit.validTo === null
    ? `từ ${formatDayMonth(unit.validFrom)}`
    : `đến ${formatDayMonth(unit.validTo)}`
}

/** "1/4/2014–30/6/2025" or "từ 1/10/2025": the whole period, for a unit's page or an export. */
export function unitPeriodRange(unit: Pick<DatedUnit, 'validFrom' | 'validTo'>): string {
  if (unit.validTo === null) return `từ ${formatDayMonth(unit.validFrom)}`
  return `${formatDayMonth(unit.validFrom)}–${formatDayMonth(unit.validTo)}`
}

/** "Hai Bà Trưng (quận, đến 30/6/2025)": the short name that cannot be mistaken for another unit. */
export function unitQualifiedName(unit: DatedUnit): string {
  return `${unitShortName(unit)} (${unitKindWord(unit)}, ${unitPeriodPhrase(unit)})`
}

/** "LĐLĐ quận Hai Bà Trưng (đến 30/6/2025)". */
export function unitFullNameWithPeriod(unit: DatedUnit): string {
  return `${unitFullName(unit)} (${unitPeriodPhrase(unit)})`
}

export interface UnitLabelOptions {
  /** Show the kind on every label, e.g. on a chart that spans the 2025 change: "Hai Bà Trưng (quận)". */
  showKind?: boolean
}

/**
 * Short labels for units shown together (one year's chart, a picker, a series across the change).
 * A name shared by two units gets its kind and period; if that still collides (two units of one
 * kind and name), the whole period and then the code are added. Keyed by unit code.
 */
export function unitLabels(units: readonly DatedUnit[], options: UnitLabelOptions = {}): Map<string, string> {
  const levels: Array<(u: DatedUnit) => string> = [
    (u) => (options.showKind ? `${unitShortName(u)} (${unitKindWord(u)})` : unitShortName(u)),
    unitQualifiedName,
    (u) => `${unitShortName(u)} (${unitKindWord(u)}, ${unitPeriodRange(u)})`,
    (u) => `${unitShortName(u)} (${unitKindWord(u)}, ${unitPeriodRange(u)}, mã ${u.code})`,
  ]
  const labels = new Map<string, string>()
  let pending = [...units]
  for (const [i, label] of levels.entries()) {
    const byLabel = new Map<string, DatedUnit[]>()
    for (const u of pending) {
      const key = i === 0 ? unitShortName(u) : label(u)
      byLabel.set(key, [...(byLabel.get(key) ?? []), u])
    }
    pending = []
    for (const group of byLabel.values()) {
      if (group.length === 1 || i === levels.length - 1) for (const u of group) labels.set(u.code, label(u))
      else pending.push(...group)
    }
  }
  return labels
}
