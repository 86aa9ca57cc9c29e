// The demo's ILLUSTRATIVE list of the unions founded on 2025-10-01 ("danh sách minh họa"): 84
// Công đoàn xã, phường built from the real list of 126 communes and wards (seed/reference), plus
// Công đoàn các KCNC và KCN. Which communes each real union covers is not public here, so the
// grouping is invented: every ward has its own union, the 75 communes are grouped by two or three
// in list order (the list runs district by district). Deterministic: same list on every run.
import { readFileSync } from 'node:fs'
import { unitFullName, type AdminType } from '@ldld/db/contracts'
import { CITY_CODE, DISTRICTS, type OrganisationSeed } from './organisations.ts'
import { rngFor } from './prng.ts'

export const UNIONS_VALID_FROM = '2025-10-01'
export const UNION_COUNT = 84
export const INDUSTRIAL_ZONE_CODE = 'KCN'

export interface Commune {
  code: string
  name: string
  adminType: Extract<AdminType, 'phuong' | 'xa'>
}

export interface UnionSeed extends OrganisationSeed {
  /** Codes of the communes and wards it covers (illustrative). */
  covers: string[]
  /** Codes of district federations it took members over from (illustrative: same-name district only). */
  predecessors: string[]
}

const REFERENCE = new URL('../reference/hanoi-communes-2025.csv', import.meta.url)

/** The 126 communes and wards of the reference file, in its order. */
export function readCommunes(file: URL = REFERENCE): Commune[] {
  const [heading, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/)
  if (heading !== 'code,name,admin_type,valid_from') throw new Error(`Unexpected heading in ${file.pathname}`)
  return lines.map((line) => {
    const [code = '', name = '', adminType = ''] = line.split(',')
    if (!/^\d{5}$/.test(code) || (adminType !== 'phuong' && adminType !== 'xa')) {
      throw new Error(`Bad reference row: ${line}`)
    }
    return { code, name: name.normalize('NFC'), adminType }
  })
}

/** Sizes 2 and 3 adding up to `total` in `groups` groups, the 3s placed by the seeded generator. */
function groupSizes(total: number, groups: number): number[] {
  const threes = total - 2 * groups
  const rng = rngFor('unions-2025', 'groups')
  const order = Array.from({ length: groups }, (_, i) => ({ i, key: rng() })).sort((a, b) => a.key - b.key)
  const three = new Set(order.slice(0, threes).map((o) => o.i))
  return Array.from({ length: groups }, (_, i) => (three.has(i) ? 3 : 2))
}

const DISTRICT_BY_NAME = new Map(DISTRICTS.map((d) => [d.name, d.code]))

function union(members: readonly Commune[], sortOrder: number): UnionSeed {
  // Named after the member that carries an old district's name, if any ("Sóc Sơn"), else the first.
  const head = members.find((c) => DISTRICT_BY_NAME.has(c.name)) ?? members[0]
  if (!head) throw new Error('empty union')
  const kind = head.adminType === 'phuong' ? 'ward' : 'commune'
  const district = DISTRICT_BY_NAME.get(head.name)
  return {
    code: head.code,
    name: head.name,
    fullName: unitFullName({ name: head.name, kind, adminType: head.adminType }),
    kind,
    adminType: head.adminType,
    parentCode: CITY_CODE,
    validFrom: UNIONS_VALID_FROM,
    validTo: null,
    sortOrder,
    covers: members.map((c) => c.code),
    predecessors: district ? [district] : [],
  }
}

export function buildUnions(communes: readonly Commune[] = readCommunes()): UnionSeed[] {
  const wards = communes.filter((c) => c.adminType === 'phuong')
  const rural = communes.filter((c) => c.adminType === 'xa')
  const sizes = groupSizes(rural.length, UNION_COUNT - wards.length)
  const groups: Commune[][] = []
  let at = 0
  for (const size of sizes) {
    groups.push(rural.slice(at, at + size))
    at += size
  }
  // Back in the reference order (district by district), wards and communes interleaved.
  const position = new Map(communes.map((c, i) => [c.code, i]))
  const ordered = [...wards.map((w) => [w]), ...groups].sort(
    (a, b) => (position.get(a[0]?.code ?? '') ?? 0) - (position.get(b[0]?.code ?? '') ?? 0),
  )
  const base = DISTRICTS.length + 1
  const unions = ordered.map((members, i) => union(members, base + i))
  unions.push({
    code: INDUSTRIAL_ZONE_CODE,
    name: 'KCNC và KCN',
    fullName: unitFullName({ name: 'KCNC và KCN', kind: 'industrial_zone', adminType: null }),
    kind: 'industrial_zone',
    adminType: null,
    parentCode: CITY_CODE,
    validFrom: UNIONS_VALID_FROM,
    validTo: null,
    sortOrder: base + unions.length,
    covers: [],
    predecessors: [],
  })
  return unions
}
