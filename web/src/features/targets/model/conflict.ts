import type { Targets } from '@ldld/db/contracts'
import { cellChanged } from './grid-state.ts'
import { rowUnits, storedTarget, type KindOf, type Texts } from './grid.ts'

export interface ChangedCell {
  unit: string
  indicator: string
  before: number | null
  now: number | null
  /** What this user typed there, when they changed it too. */
  mine: string | null
}

/** Cells someone else changed since this grid was read. */
export function changedCells(base: Targets, current: Targets, texts: Texts, kindOf: KindOf): ChangedCell[] {
  const cells: ChangedCell[] = []
  for (const unit of rowUnits(current))
    for (const indicator of current.indicators) {
      const before = storedTarget(base, unit, indicator)
      const now = storedTarget(current, unit, indicator)
      if (before === now) continue
      const mine = cellChanged(base, texts, unit, indicator, kindOf)
        ? (texts[`${unit}|${indicator}`] ?? '')
        : null
      cells.push({ unit, indicator, before, now, mine })
    }
  return cells
}
