// Illustrative figures around the 2025 change, all marked illustrative: the 30 districts for
// January–June 2025 (part year, said in a note), the new unions for October–December 2025 (part year,
// no targets: the city's 2025 targets went to the districts), and 2026 for the new unions.
import type { Indicator } from '@ldld/db/contracts'
import { memberDensity, type DistrictProfile } from './district-profiles.ts'
import { flowCell, type Context } from './illustrative.ts'
import { isStockKey, type StockKey } from './illustrative-stocks.ts'
import { roundTo } from './illustrative-targets.ts'
import { INDICATORS } from './indicators.ts'
import { between, rngFor } from './prng.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { ILLUSTRATIVE_UNIONS_SOURCE } from './sources.ts'
import type { UnionSeed } from './unions-2025.ts'

export const SPLIT_YEAR = 2025
export const CURRENT_YEAR = 2026

export const DISTRICT_H1_NOTE =
  'Số liệu minh họa 6 tháng đầu năm (1/1–30/6/2025): LĐLĐ quận, huyện kết thúc hoạt động ngày 30/6/2025; không so với chỉ tiêu cả năm.'
export const UNION_Q4_NOTE =
  'Số liệu minh họa 3 tháng cuối năm (1/10–31/12/2025): công đoàn thành lập ngày 1/10/2025; chỉ tiêu năm 2025 đã giao cho LĐLĐ quận, huyện.'

export function figure(unit: string, ind: Indicator, year: number, cell: Partial<SeedFigure>): SeedFigure {
  return {
    unit,
    indicator: ind.key,
    year,
    actual: null,
    actualQualifier: 'exact',
    target: null,
    targetDerived: false,
    statedPercent: null,
    note: null,
    illustrative: true,
    source: ILLUSTRATIVE_UNIONS_SOURCE,
    quote: null,
    ...cell,
  }
}

const MONEY_STEP = 100_000
const round = (value: number, ind: Indicator) =>
  ind.unitKind === 'money' ? roundTo(value, MONEY_STEP) : Math.round(value)

/** Districts, 1/1–30/6/2025: stocks near their 2024 level, flows about half a year's. */
export function districtsFirstHalf(generated: readonly SeedFigure[], codes: readonly string[]): SeedFigure[] {
  const last = new Map(
    generated
      .filter((f) => f.year === SPLIT_YEAR - 1)
      .map((f) => [cellKey(f.unit, f.indicator, 0), f.actual]),
  )
  const rows: SeedFigure[] = []
  for (const code of codes) {
    const done = new Map<string, number>()
    for (const ind of INDICATORS) {
      const before = last.get(cellKey(code, ind.key, 0))
      if (typeof before !== 'number') continue
      const rng = rngFor(code, ind.key, SPLIT_YEAR, 'h1')
      let actual = round(
        before * (isStockKey(ind.key) ? between(rng, 0.98, 1.02) : between(rng, 0.4, 0.56)),
        ind,
      )
      if (ind.key === 'new_unions_25plus') actual = Math.min(actual, done.get('new_unions') ?? 0)
      done.set(ind.key, actual)
      rows.push(figure(code, ind, SPLIT_YEAR, { actual, note: DISTRICT_H1_NOTE }))
    }
  }
  return rows
}

/** Invented size of a union at the end of 2025: wards are urban, groups of communes rural. */
export function unionProfile(union: UnionSeed): DistrictProfile {
  const rng = rngFor(union.code, 'union-profile')
  if (union.kind === 'industrial_zone') return { code: union.code, unions: 600, perUnion: 240, enterprise: 1 }
  if (union.kind === 'ward') {
    return {
      code: union.code,
      unions: between(rng, 45, 95),
      perUnion: between(rng, 50, 75),
      enterprise: between(rng, 0.45, 0.7),
    }
  }
  return {
    code: union.code,
    unions: between(rng, 20, 32) * union.covers.length,
    perUnion: between(rng, 28, 42),
    enterprise: between(rng, 0.15, 0.4),
  }
}

/** Stocks at the end of `year` (2025: 31/12; 2026: the 30/11 reporting cut-off). */
export function unionContext(profile: DistrictProfile, year: number): Context {
  const growth = year === SPLIT_YEAR ? 1 : 1 + between(rngFor(profile.code, 'growth', year), 0.01, 0.04)
  const unions = Math.round(profile.unions * growth)
  const members = Math.round(unions * profile.perUnion * (year === SPLIT_YEAR ? 1 : 1.01))
  const workers = Math.round(members / memberDensity(profile.enterprise))
  return { profile, year, unions, members, workers }
}

const STOCK_OF: Record<StockKey, (ctx: Context) => number> = {
  unions_total: (c) => c.unions,
  members_total: (c) => c.members,
  workers_total: (c) => c.workers,
}

/** One year of a union: every indicator, with a part-year share of flows for 2025. */
export function unionYear(union: UnionSeed, year: number): SeedFigure[] {
  const ctx = unionContext(unionProfile(union), year)
  const share = year === SPLIT_YEAR ? 0.25 : 1
  const rows: SeedFigure[] = []
  const done = new Map<string, number>()
  for (const ind of INDICATORS) {
    if (ind.firstYear !== null && year < ind.firstYear) continue
    const cell = isStockKey(ind.key) ? { actual: STOCK_OF[ind.key](ctx), target: null } : flowCell(ind, ctx)
    let actual = year === SPLIT_YEAR && !isStockKey(ind.key) ? round(cell.actual * share, ind) : cell.actual
    if (ind.key === 'new_unions_25plus') actual = Math.min(actual, done.get('new_unions') ?? 0)
    done.set(ind.key, actual)
    rows.push(
      figure(union.code, ind, year, {
        actual,
        target: year === SPLIT_YEAR ? null : cell.target,
        note: year === SPLIT_YEAR ? UNION_Q4_NOTE : null,
      }),
    )
  }
  return rows
}
