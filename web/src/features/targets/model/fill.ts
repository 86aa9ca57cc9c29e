// Bulk edits of the grid: a column pasted from a spreadsheet, last year's targets with an uplift.
import { takesTargetsIn, type Targets } from '@ldld/db/contracts'
import { inputText, reformat } from '../../../lib/figure-text.ts'
import { CITY, cellKey, isLocked, previousTarget, type KindOf, type Texts } from './grid.ts'

export interface FillResult {
  texts: Texts
  filled: number
  /** Rows that did not fit below the starting cell, or fell on a locked unit. */
  skipped: number
}

/**
 * Text copied from a spreadsheet ("1.330\n2.500\n…", columns split by tabs) fills down and right
 * from the cell it was pasted into. Values are reformatted when readable and kept as typed when
 * not, so the error shows on the cell.
 */
export function pasteInto(
  targets: Targets,
  texts: Texts,
  order: readonly string[],
  unit: string,
  indicator: string,
  clipboard: string,
  kindOf: KindOf,
): FillResult {
  const lines = clipboard.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  // Down the rows as shown (filtered and ordered: `order`). A column pasted among the units stops at
  // the last one: a trailing total line must not overwrite the city's own target. The city row
  // takes a paste only when pasted into directly.
  const units = unit === CITY ? [CITY] : order.filter((code) => code !== CITY)
  const firstRow = units.indexOf(unit)
  const firstColumn = targets.indicators.indexOf(indicator)
  const next = { ...texts }
  let filled = 0
  let skipped = 0
  lines.forEach((line, r) => {
    line.split('\t').forEach((raw, c) => {
      const rowUnit = units[firstRow + r]
      const key = targets.indicators[firstColumn + c]
      if (rowUnit === undefined || key === undefined || isLocked(targets, rowUnit)) {
        skipped += 1
        return
      }
      next[cellKey(rowUnit, key)] = reformat(raw.trim(), kindOf(key))
      filled += 1
    })
  })
  return { texts: next, filled, skipped }
}

/** Whole units for counts; money to the nearest million đồng, the precision targets are set in. */
export function roundTarget(value: number, kind: 'count' | 'money'): number {
  if (kind === 'money' && value >= 1_000_000) return Math.round(value / 1_000_000) * 1_000_000
  return Math.round(value)
}

/** Last year's target of every unlocked unit, raised by `percent` and rounded. */
export function copyWithUplift(targets: Targets, texts: Texts, percent: number, kindOf: KindOf): FillResult {
  const next = { ...texts }
  let filled = 0
  let skipped = 0
  for (const unit of targets.units) {
    for (const indicator of targets.indicators) {
      const previous = previousTarget(targets, unit.code, indicator)
      if (previous === null || isLocked(targets, unit.code) || !takesTargetsIn(unit, targets.year)) {
        skipped += 1
        continue
      }
      const kind = kindOf(indicator)
      next[cellKey(unit.code, indicator)] = inputText(roundTarget(previous * (1 + percent / 100), kind), kind)
      filled += 1
    }
  }
  return { texts: next, filled, skipped }
}
