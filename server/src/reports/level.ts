// A level of the hierarchy (issue 8): one unit's children in a year, their groups (2025: the
// districts to 30/6 and the unions from 1/10) and their totals. The dashboard and the level series
// both build on this, so "what a city total adds" is decided once.
import {
  sourceSilentOnTarget,
  totalOf,
  totalsBasisText,
  unitGroupOf,
  unitGroups,
  type GroupKey,
  type Indicator,
  type Organisation,
  type Total,
  type UnitGroup,
} from '@ldld/db/contracts'
import { markedFigure, type FigureLookup } from './cells.ts'
import type { Reading } from './reading.ts'

/** A group's units, clipped period and the children codes in it. */
export interface LevelGroup extends UnitGroup {
  units: string[]
}

/** The year's groups of `units`, each with the codes of its members in display order. */
export function levelGroups(units: readonly Organisation[], year: number): LevelGroup[] {
  return unitGroups(units, year).map((g) => ({
    ...g,
    units: units.filter((u) => unitGroupOf(u.kind) === g.key).map((u) => u.code),
  }))
}

/**
 * Groups a stock total adds: those valid on the year's last day when some group ended earlier (2025:
 * the unions' 31/12 stock, not the districts' 30/6 stock on top of it). Flows add every group.
 */
export function stockGroupsOf(groups: readonly UnitGroup[], year: number): GroupKey[] {
  const atEnd = groups.filter((g) => g.to === `${year}-12-31`)
  return (atEnd.length > 0 ? atEnd : groups).map((g) => g.key)
}

/**
 * The total of one indicator over `units` (all of them count toward `expected`), from the stored rows
 * read through `reading` exactly as the cells are: the contracts' `totalOf` does the arithmetic.
 */
export function totalOver(
  indicator: Indicator,
  units: readonly Organisation[],
  year: number,
  figureAt: FigureLookup,
  reading: Reading,
  groups: readonly GroupKey[],
): Total {
  const inputs = units.map((unit) => {
    const state = reading.at(unit.code, year)
    const row = figureAt(unit.code, indicator.key, year)
    const shown = state.counted ? row : undefined
    const prevRow = reading.at(unit.code, year - 1).counted
      ? figureAt(unit.code, indicator.key, year - 1)
      : undefined
    const now = shown ? markedFigure(unit, indicator, year, shown) : null
    const before =
      prevRow && prevRow.actual !== null ? markedFigure(unit, indicator, year - 1, prevRow) : null
    return {
      reported: state.counted,
      actual: shown?.actual ?? null,
      actualQualifier: shown?.actualQualifier ?? 'exact',
      target: row?.target ?? null,
      illustrative: shown?.illustrative ?? false,
      targetSilent:
        shown !== undefined &&
        sourceSilentOnTarget({
          illustrative: shown.illustrative,
          sourceId: shown.sourceId,
          target: row?.target ?? null,
          takesTarget: indicator.takesTarget,
        }),
      previous: before?.value ?? null,
      partialYear: now?.partialYear ?? false,
      previousIllustrative: before?.illustrative ?? false,
      previousPartialYear: before?.partialYear ?? false,
      previousQualifier: before?.qualifier ?? 'exact',
    }
  })
  return {
    indicator: indicator.key,
    expected: units.length,
    groups: [...groups],
    ...totalOf(inputs, indicator.higherIsBetter),
  }
}

export interface LevelTotals {
  groups: LevelGroup[]
  totalsBasis: { text: string; stocks: string | null }
  /** The level's totals: flows over every child, stocks over the groups valid at the year's end. */
  totals: Total[]
  /** Each group's own totals. */
  groupTotals: Total[][]
}

export function levelTotals(
  units: readonly Organisation[],
  indicators: readonly Indicator[],
  year: number,
  figureAt: FigureLookup,
  reading: Reading,
): LevelTotals {
  const groups = levelGroups(units, year)
  const stockKeys = stockGroupsOf(groups, year)
  const allKeys = groups.map((g) => g.key)
  const stockUnits = units.filter((u) => {
    const key = unitGroupOf(u.kind)
    return key === null || stockKeys.includes(key)
  })
  const totals = indicators.map((ind) =>
    ind.measure === 'stock'
      ? totalOver(ind, stockUnits, year, figureAt, reading, stockKeys)
      : totalOver(ind, units, year, figureAt, reading, allKeys),
  )
  const groupTotals = groups.map((g) => {
    const members = units.filter((u) => unitGroupOf(u.kind) === g.key)
    // A group holding every child (most years): its totals are the level's, over the same units,
    // not a second pass over every child's figures (3.321 children under one parent, issue 8).
    if (members.length === units.length) {
      return indicators.map((ind, i) => {
        const total = totals[i] as Total
        return total.expected === members.length
          ? { ...total, groups: [g.key] }
          : totalOver(ind, members, year, figureAt, reading, [g.key])
      })
    }
    return indicators.map((ind) => totalOver(ind, members, year, figureAt, reading, [g.key]))
  })
  return { groups, totalsBasis: totalsBasisText(groups, stockKeys), totals, groupTotals }
}
