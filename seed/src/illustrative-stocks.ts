// Illustrative stocks (CĐCS, members, workers) per district and year. Stocks move smoothly: each year
// is the year before times a small growth, so a chart never jumps for no reason. Where a real stock
// exists (Ba Đình 2016, Hai Bà Trưng 2021) the whole series is scaled to pass exactly through it, so
// the real cell that later replaces the generated one sits on the same curve.
import { memberDensity, type DistrictProfile } from './district-profiles.ts'
import { between, rngFor } from './prng.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'

export const FIRST_YEAR = 2016
export const LAST_YEAR = 2024
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
)

export const STOCK_KEYS = ['unions_total', 'members_total', 'workers_total'] as const
export type StockKey = (typeof STOCK_KEYS)[number]
export function isStockKey(key: string): key is StockKey {
  return (STOCK_KEYS as readonly string[]).includes(key)
}

/** Values indexed by year − FIRST_YEAR. */
export type StockSeries = Record<StockKey, number[]>

/** cellKey(unit, indicator, year) → a real exact stock the series must pass through. */
export type Anchors = ReadonlyMap<string, number>

// COVID-19: enterprises closed or paused in 2020–2021, so unions and members per union grew less.
const COVID_UNION_GROWTH: Partial<Record<number, number>> = { 2020: -0.025, 2021: -0.04 }
const COVID_MEMBER_GROWTH: Partial<Record<number, number>> = { 2020: -0.012, 2021: -0.02 }

/** Real exact stocks of the district units, as anchors. */
export function anchorsFrom(real: readonly SeedFigure[]): Anchors {
  const anchors = new Map<string, number>()
  for (const f of real) {
    if (
      isStockKey(f.indicator) &&
      typeof f.actual === 'number' &&
      (f.actualQualifier ?? 'exact') === 'exact'
    ) {
      anchors.set(cellKey(f.unit, f.indicator, f.year), f.actual)
    }
  }
  return anchors
}

/** start, then each later year multiplied by 1 + growth(year). */
function compound(start: number, growth: (year: number) => number): number[] {
  const out = [start]
  let value = start
  for (const year of YEARS.slice(1)) {
    value *= 1 + growth(year)
    out.push(value)
  }
  return out
}

/** Scale the series to pass through the first real value found for it (one anchor per series today). */
function anchored(series: number[], code: string, key: StockKey, anchors: Anchors): number[] {
  for (const [i, year] of YEARS.entries()) {
    const real = anchors.get(cellKey(code, key, year))
    const generated = series[i]
    if (real !== undefined && generated !== undefined && generated > 0) {
      return series.map((v) => (v * real) / generated)
    }
  }
  return series
}

export function stockSeries(profile: DistrictProfile, anchors: Anchors): StockSeries {
  const { code } = profile
  const shape = rngFor(code, 'stock-shape')
  // Enterprise-heavy districts gain unions faster: that is where new CĐCS are founded.
  const unionTrend = between(shape, 0.012, 0.03) + 0.015 * profile.enterprise
  const perUnionTrend = between(shape, 0, 0.012)

  const unionsRaw = compound(
    profile.unions,
    (y) => unionTrend + (COVID_UNION_GROWTH[y] ?? 0) + between(rngFor(code, 'unions_total', y), -0.01, 0.01),
  )
  const perUnion = compound(
    profile.perUnion,
    (y) =>
      perUnionTrend +
      (COVID_MEMBER_GROWTH[y] ?? 0) +
      between(rngFor(code, 'members_total', y), -0.006, 0.006),
  )
  const membersRaw = unionsRaw.map((u, i) => u * (perUnion[i] ?? profile.perUnion))
  // Unionisation creeps up over the years; capped well below 1 so members never exceed workers.
  const workersRaw = membersRaw.map((m, i) => {
    const jitter = between(rngFor(code, 'workers_total', FIRST_YEAR + i), -0.003, 0.003)
    return m / Math.min(0.97, memberDensity(profile.enterprise) + 0.003 * i + jitter)
  })

  const unions = anchored(unionsRaw, code, 'unions_total', anchors).map(Math.round)
  const members = anchored(membersRaw, code, 'members_total', anchors).map(Math.round)
  // Workers are anchored on their own (Hai Bà Trưng 2021), then never allowed below members.
  const workers = anchored(workersRaw, code, 'workers_total', anchors).map((w, i) =>
    Math.max(Math.round(w), members[i] ?? 0),
  )
  return { unions_total: unions, members_total: members, workers_total: workers }
}
