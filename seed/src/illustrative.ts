// The illustrative data set: every district × 2016–2024 × every indicator, generated deterministically
// and labelled illustrative, with the real figures of domain.md §5 put in its place cell by cell.
import type { Indicator, UnitKind } from '@ldld/db/contracts'
import { DISTRICT_PROFILES, type DistrictProfile } from './district-profiles.ts'
import {
  anchorsFrom,
  FIRST_YEAR,
  isStockKey,
  stockSeries,
  YEARS,
  type StockKey,
  type StockSeries,
} from './illustrative-stocks.ts'
import { achievementRatio, niceTarget, roundTo } from './illustrative-targets.ts'
import { INDICATORS } from './indicators.ts'
import { between, rngFor, type Rng } from './prng.ts'
import { REAL_FIGURES } from './real-figures.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { ILLUSTRATIVE_SOURCE } from './sources.ts'

/** Illustrative money is whole đồng rounded to 100.000 đ: nobody reads more precision off a chart. */
const MONEY_STEP = 100_000

export interface Context {
  profile: DistrictProfile
  year: number
  unions: number
  members: number
  workers: number
}

/** Average monthly wage behind the payroll-based fee and dues: ~6 triệu đồng in 2016, +6,5% a year. */
function monthlyWage(year: number): number {
  return 6_000_000 * 1.065 ** (year - FIRST_YEAR)
}

/** [2020, 2021] multipliers: organising fell in the lock-downs, welfare spending rose. */
const COVID_EFFECT: Readonly<Record<string, readonly [number, number]>> = {
  new_unions: [0.8, 0.7],
  new_unions_25plus: [0.8, 0.7],
  new_members: [0.8, 0.72],
  party_referrals: [0.9, 0.85],
  cla_signed: [0.85, 0.75],
  // Enterprises hit by COVID-19 were allowed to suspend the 2% union fee.
  union_fee: [0.9, 0.85],
  dues: [0.96, 0.93],
  welfare_spending: [1.5, 2.0],
  welfare_beneficiaries: [1.4, 1.8],
}

function covid(key: string, year: number): number {
  const effect = COVID_EFFECT[key]
  if (!effect) return 1
  return year === 2020 ? effect[0] : year === 2021 ? effect[1] : 1
}

/**
 * Expected yearly level of each flow before COVID, from the district's stocks. The rate is drawn once
 * per district (`rate`), not per year, so the level, and the target set from it, moves smoothly.
 */
const EXPECTED: Readonly<Record<string, (ctx: Context, rate: Rng) => number>> = {
  // Hai Bà Trưng founds ~25 a year on 380 CĐCS; rural huyện with few enterprises only a handful.
  new_unions: ({ profile, unions }, rate) =>
    Math.max(2, unions * (0.03 + 0.06 * profile.enterprise) * between(rate, 0.85, 1.15)),
  new_unions_25plus: (ctx, rate) =>
    (EXPECTED.new_unions?.(ctx, rngFor(ctx.profile.code, 'new_unions', 'rate')) ?? 0) *
    between(rate, 0.3, 0.55),
  new_members: ({ profile, members }, rate) =>
    members * (0.05 + 0.08 * profile.enterprise) * between(rate, 0.85, 1.15),
  party_referrals: ({ members }, rate) => members * between(rate, 0.008, 0.014),
  cla_signed: ({ profile, unions }, rate) =>
    Math.max(1.5, unions * profile.enterprise * between(rate, 0.12, 0.22)),
  // 2% of payroll; enterprise wages run above the public pay scale.
  union_fee: ({ profile, workers, year }, rate) =>
    workers * 0.02 * 12 * monthlyWage(year) * (0.85 + 0.3 * profile.enterprise) * between(rate, 0.92, 1.08),
  // 1% of salary, but public employees pay on the pay-scale salary, well under the real wage.
  dues: ({ members, year }, rate) => members * 0.01 * 12 * monthlyWage(year) * between(rate, 0.55, 0.7),
  welfare_spending: ({ members, year }, rate) =>
    members * 150_000 * 1.06 ** (year - FIRST_YEAR) * between(rate, 0.8, 1.25),
  welfare_beneficiaries: ({ members }, rate) => members * between(rate, 0.2, 0.35),
}

function rounded(value: number, unitKind: UnitKind): number {
  return unitKind === 'money' ? roundTo(value, MONEY_STEP) : Math.round(value)
}

/** Actual and target of one flow cell. */
export function flowCell(ind: Indicator, ctx: Context): { actual: number; target: number | null } {
  const model = EXPECTED[ind.key]
  if (!model) throw new Error(`Chưa có mô hình sinh dữ liệu minh họa cho chỉ tiêu "${ind.key}".`)
  const expected = model(ctx, rngFor(ctx.profile.code, ind.key, 'rate')) * covid(ind.key, ctx.year)
  const yearly = rngFor(ctx.profile.code, ind.key, ctx.year)
  if (!ind.takesTarget) {
    return { actual: rounded(expected * between(yearly, 0.85, 1.15), ind.unitKind), target: null }
  }
  const target = niceTarget(expected, ind.unitKind)
  return { actual: rounded(target * achievementRatio(yearly, ctx.year, ind.unitKind), ind.unitKind), target }
}

function districtFigures(profile: DistrictProfile, stocks: StockSeries): SeedFigure[] {
  const rows: SeedFigure[] = []
  for (const [i, year] of YEARS.entries()) {
    const stock = (key: StockKey): number => stocks[key][i] ?? 0
    const ctx = {
      profile,
      year,
      unions: stock('unions_total'),
      members: stock('members_total'),
      workers: stock('workers_total'),
    }
    const done = new Map<string, number>()
    for (const ind of INDICATORS) {
      if (ind.firstYear !== null && year < ind.firstYear) continue
      const cell = isStockKey(ind.key) ? { actual: stock(ind.key), target: null } : flowCell(ind, ctx)
      // Unions with ≥ 25 members are a subset of the year's new unions.
      if (ind.key === 'new_unions_25plus') cell.actual = Math.min(cell.actual, done.get('new_unions') ?? 0)
      done.set(ind.key, cell.actual)
      rows.push({
        unit: profile.code,
        indicator: ind.key,
        year,
        actual: cell.actual,
        actualQualifier: 'exact',
        target: cell.target,
        targetDerived: false,
        statedPercent: null,
        note: null,
        illustrative: true,
        source: ILLUSTRATIVE_SOURCE,
        quote: null,
      })
    }
  }
  return rows
}

/** Every district × year × indicator, stocks pinned to the real stocks in `real`. */
export function generateIllustrative(real: readonly SeedFigure[] = REAL_FIGURES): SeedFigure[] {
  const anchors = anchorsFrom(real)
  return DISTRICT_PROFILES.flatMap((profile) => districtFigures(profile, stockSeries(profile, anchors)))
}

/**
 * A real row replaces the generated row of its cell whole. We do not keep a generated target beside a
 * real actual: a status would then rest on an invented chỉ tiêu the source never gave (Hoàng Mai's
 * 2024 recruits would turn green or red against a made-up number). A real row without a target shows
 * "no target", which is the truth. Real cells outside the generated grid (the city) are added.
 */
export function withRealFigures(generated: readonly SeedFigure[], real: readonly SeedFigure[]): SeedFigure[] {
  const cells = new Map(generated.map((f) => [cellKey(f.unit, f.indicator, f.year), f]))
  for (const f of real) cells.set(cellKey(f.unit, f.indicator, f.year), f)
  return [...cells.values()]
}

/** The demo data set: illustrative everywhere except the real cells. */
export function demoFigures(): SeedFigure[] {
  return withRealFigures(generateIllustrative(REAL_FIGURES), REAL_FIGURES)
}
