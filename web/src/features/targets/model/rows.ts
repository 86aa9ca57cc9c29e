// The grid's rows as a user sees them: every unit of the year with its label, report stage, lock and
// whether it takes targets that year; then filtered, ordered and grouped by period.
import { takesTargetsIn, type Organisation, type Targets } from '@ldld/db/contracts'
import { listLabels, type ListedUnit, type ReportStage } from '../../../lib/unit-rows.ts'
import { isLocked } from './grid.ts'

export interface GridRow extends ListedUnit {
  unit: Organisation
  locked: boolean
  /** False for a unit founded in the second half of the year (the unions in 2025). */
  takesTargets: boolean
}

export function gridRows(targets: Targets): GridRow[] {
  const labels = listLabels(targets.units)
  return targets.units.map((unit) => {
    const report = targets.reports[unit.code]
    const stage: ReportStage = !report || !report.started ? 'not_started' : report.status
    return {
      unit,
      label: labels.get(unit.code) ?? unit.name,
      stage,
      locked: isLocked(targets, unit.code),
      takesTargets: takesTargetsIn(unit, targets.year),
    }
  })
}

/** The units a pasted column fills, in the order shown: rows that take targets (locked ones included). */
export function pasteOrder(rows: readonly GridRow[]): string[] {
  return rows.filter((r) => r.takesTargets).map((r) => r.unit.code)
}
