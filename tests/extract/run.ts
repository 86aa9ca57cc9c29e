// Runs the extractor over the development set, as the API would (the units and indicators of the
// reference data, the unit and year the user chose).
import { extractFigures } from '@ldld/server/extract'
import { INDICATORS, ORGANISATIONS } from '@ldld/seed'
import { readFileSync } from 'node:fs'
import { EXTRACT_MAX_CHARS } from '@ldld/db/contracts'
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

const ARTICLES = [
  '000_aad0011e1c5232d1',
  '001_ebf4cac1a1efa335',
  '002_ff762d10c981d1fc',
  '003_ca4650a07216ce53',
  '004_1dccc8e3b13c6cdc',
]

/** Time to read the longest text a request may carry (the five articles repeated), median of `runs`. */
export function timeLongestText(runs = 7): { chars: number; medianMs: number } {
  let text = ''
  const files = ARTICLES.map((a) =>
    readFileSync(new URL(`../../seed/sources/${a}.txt`, import.meta.url), 'utf8'),
  )
  while (text.length < EXTRACT_MAX_CHARS) text += files.join('\n')
  text = text.slice(0, EXTRACT_MAX_CHARS)
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    extractFigures(text, { units: ORGANISATIONS, indicators: INDICATORS })
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { chars: text.length, medianMs: times[Math.floor(runs / 2)] ?? 0 }
}
