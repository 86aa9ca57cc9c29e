// The demo's part after the 2025 change, in one call: the illustrative union list, the districts'
// first half of 2025, the unions' last quarter of 2025 and their 2026 in progress, and 2026's reports.
import { districtsFirstHalf, SPLIT_YEAR, unionYear } from './illustrative-2025.ts'
import { DISTRICT_CODES } from './organisations.ts'
import { unionsCurrentYear, type SeedReport } from './reports-2026.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { buildUnions, type UnionSeed } from './unions-2025.ts'

export interface AroundTheChange {
  unions: UnionSeed[]
  figures: SeedFigure[]
  reports: SeedReport[]
}

export function demoAroundTheChange(before: readonly SeedFigure[]): AroundTheChange {
  const unions = buildUnions()
  const firstHalf = districtsFirstHalf(before, DISTRICT_CODES)
  const lastQuarter = unions.flatMap((u) => unionYear(u, SPLIT_YEAR))
  const previous = new Map(lastQuarter.map((f) => [cellKey(f.unit, f.indicator, f.year), f.actual]))
  const current = unionsCurrentYear(unions, previous)
  return { unions, figures: [...firstHalf, ...lastQuarter, ...current.figures], reports: current.reports }
}
