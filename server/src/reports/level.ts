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
  type TotalUnit,
  type UnitGroup,
} from '@ldld/db/contracts'
import type { LevelClass } from '../repositories/index.ts'
import { markedFigure, partYear, type FigureLookup } from './cells.ts'
import type { Reading } from './reading.ts'

/** A group's units, clipped period and the children codes in it. */
export interface LevelGroup extends UnitGroup {
  units: string[]
}

/** The year's groups of `units`, each with the codes of its members in display order. */
export function levelGroups(units: readonly Organisation[], year: number): LevelGroup[] {
  const codes = new Map<GroupKey | null, string[]>()
  for (const u of units) {
    const key = unitGroupOf(u.kind)
    const list = codes.get(key)
    if (list) list.push(u.code)
    else codes.set(key, [u.code])
  }
  return unitGroups(units, year).map((g) => ({ ...g, units: codes.get(g.key) ?? [] }))
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

/** Which children a total adds: some units, the groups they make up, and units of no group. */
export interface TotalMembers {
  units: readonly Organisation[]
  groups: readonly GroupKey[]
  ungrouped: boolean
}

/** How a level's totals are added: from stored rows (`rowTotals`) or from SQL classes (`classTotals`). */
export type TotalSource = (indicator: Indicator, members: TotalMembers) => Total

/** Totals over the children's stored rows, read through `reading` as the cells are. */
export function rowTotals(year: number, figureAt: FigureLookup, reading: Reading): TotalSource {
  return (indicator, m) => totalOver(indicator, m.units, year, figureAt, reading, m.groups)
}

/**
 * Totals over classes of children alike for a total (`figures.levelClasses`, one aggregate pass in
 * SQLite): the same inputs `totalOver` gives `totalOf`, one per class with its amounts summed and its
 * number of units. A level of thousands of children costs no JS object per figure (issue 8).
 */
export function classTotals(classes: readonly LevelClass[]): TotalSource {
  const byIndicator = new Map<string, LevelClass[]>()
  for (const c of classes) {
    const list = byIndicator.get(c.indicator)
    if (list) list.push(c)
    else byIndicator.set(c.indicator, [c])
  }
  return (indicator, m) => {
    const members = (byIndicator.get(indicator.key) ?? []).filter((c) =>
      c.group === '' ? m.ungrouped : m.groups.includes(c.group as GroupKey),
    )
    const inputs: TotalUnit[] = members.map((c) => {
      const hasPrevious = c.previous !== null
      return {
        units: c.units,
        reported: c.counted,
        actual: c.counted ? c.actual : null,
        actualQualifier: c.counted ? c.actualQualifier : 'exact',
        target: c.target,
        illustrative: c.counted && c.illustrative,
        targetSilent:
          c.counted &&
          sourceSilentOnTarget({
            illustrative: c.illustrative,
            // Only whether the figure has a source matters to the rule.
            sourceId: c.hasSource ? 0 : null,
            target: c.target,
            takesTarget: indicator.takesTarget,
          }),
        previous: c.previous,
        partialYear: c.counted && partYear(c.period, indicator.measure, c.wholeYear),
        previousIllustrative: hasPrevious && c.previousIllustrative,
        previousPartialYear: hasPrevious && partYear(c.previousPeriod, indicator.measure, c.wholeYearBefore),
        previousQualifier: c.previousQualifier ?? 'exact',
      }
    })
    // Children without a figure of this indicator: no class row, only counted as expected.
    const without = m.units.length - members.reduce((n, c) => n + c.units, 0)
    if (without > 0)
      inputs.push({
        units: without,
        reported: false,
        actual: null,
        actualQualifier: 'exact',
        target: null,
        illustrative: false,
        previous: null,
      })
    return {
      indicator: indicator.key,
      expected: m.units.length,
      groups: [...m.groups],
      ...totalOf(inputs, indicator.higherIsBetter),
    }
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
  totalFor: TotalSource,
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
      ? totalFor(ind, { units: stockUnits, groups: stockKeys, ungrouped: true })
      : totalFor(ind, { units, groups: allKeys, ungrouped: true }),
  )
  const groupTotals = groups.map((g) => {
    const members = units.filter((u) => unitGroupOf(u.kind) === g.key)
    const group = { units: members, groups: [g.key], ungrouped: false }
    // A group holding every child (most years): its totals are the level's, over the same units,
    // not a second pass over every child's figures (3.321 children under one parent, issue 8).
    if (members.length === units.length) {
      return indicators.map((ind, i) => {
        const total = totals[i] as Total
        return total.expected === members.length ? { ...total, groups: [g.key] } : totalFor(ind, group)
      })
    }
    return indicators.map((ind) => totalFor(ind, group))
  })
  return { groups, totalsBasis: totalsBasisText(groups, stockKeys), totals, groupTotals }
}
