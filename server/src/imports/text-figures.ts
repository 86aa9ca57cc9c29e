// Figures accepted on the extract page (report text) as import values: each keeps its quote,
// qualifier and period, so the saved value shows the words it came from. The sheet and cell of a
// file become the quote: the preview's errors name the figure by its words.
import { existsInYear, notInYearText, unitFullName, type TextFigure } from '@ldld/db/contracts'
import { textFigureSchema } from '@ldld/db/contracts'
import type { Catalogue } from './catalogue.ts'
import { Issues, type FileRead, type FileValue } from './layouts.ts'

export function readTextFigures(catalogue: Catalogue, figures: readonly TextFigure[]): FileRead {
  const errors = new Issues()
  const values: FileValue[] = []
  for (const input of figures) {
    const f = textFigureSchema.parse(input)
    const where = `“${f.quote}”`
    const unit = catalogue.byCode.get(f.unit)
    const indicator = catalogue.byKey.get(f.indicator)
    if (!unit) {
      errors.add(null, null, `${where}: không có đơn vị mã "${f.unit}".`)
      continue
    }
    if (!indicator) {
      errors.add(null, null, `${where}: không có chỉ tiêu "${f.indicator}".`)
      continue
    }
    if (!existsInYear(unit, f.year)) {
      errors.add(null, null, `${where}: ${notInYearText({ ...unit, name: unitFullName(unit) }, f.year)}`)
      continue
    }
    const text = {
      quote: f.quote,
      period: f.period,
      periodText: f.periodText,
      statedPercent: f.statedPercent,
      targetDerived: f.targetDerived,
    }
    const base = { unit: unit.code, year: f.year, indicator: indicator.key, sheet: null, cell: null, text }
    if (f.actual !== null) values.push({ ...base, field: 'actual', value: f.actual, qualifier: f.qualifier })
    if (f.target !== null && indicator.takesTarget)
      values.push({ ...base, field: 'target', value: f.target, optional: true })
  }
  return {
    layout: 'text',
    values,
    errors: errors.done(),
    warnings: [],
    mapping: null,
    mappingConfirmed: true,
    madeFrom: new Map(),
  }
}
