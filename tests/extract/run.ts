// Runs the extractor over the development set, as the API would (the units and indicators of the
// reference data, the unit and year the user chose).
import { extractFigures } from '@ldld/server/extract'
import { INDICATORS, ORGANISATIONS } from '@ldld/seed'
import { caseText, loadDevSet, scoreCase, summarise, type Summary } from './evaluate.ts'

export function runDevSet(): Summary & { ms: number } {
  const cases = loadDevSet()
  const started = performance.now()
  const results = cases.map((c) =>
    scoreCase(
      c,
      extractFigures(caseText(c), {
        units: ORGANISATIONS,
        indicators: INDICATORS,
        unit: c.unit ?? null,
        year: c.year ?? null,
      }),
    ),
  )
  return { ...summarise(results), ms: performance.now() - started }
}
