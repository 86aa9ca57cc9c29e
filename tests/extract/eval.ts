// `pnpm eval:extract` (and part of `pnpm bench`): prints the extractor's figures on the development set.
// `--verbose` lists every missed figure and every false value.
import { formatNumber } from '@ldld/db/format'
import { FIELDS, type Summary } from './evaluate.ts'
import { runDevSet, timeLongestText } from './run.ts'

const pct = (v: number) => `${(v * 100).toFixed(1)}%`

export function printExtractEval(summary: Summary & { ms: number }, verbose = false): void {
  const groups = new Map<string, number>()
  for (const r of summary.results) groups.set(r.group, (groups.get(r.group) ?? 0) + 1)
  console.log(
    `\nReading report text (development set): ${summary.cases} cases (${[...groups].map(([g, n]) => `${g} ${n}`).join(', ')}), ` +
      `${summary.expected} expected figures, ${summary.proposals} proposals, ${summary.ms.toFixed(0)} ms`,
  )
  console.log(`recall: ${pct(summary.recall)}`)
  console.log(`field accuracy: ${FIELDS.map((f) => `${f} ${pct(summary.fieldAccuracy[f])}`).join(' · ')}`)
  console.log(`false values: ${summary.falseValues}`)
  const longest = timeLongestText()
  console.log(
    `time to read ${formatNumber(longest.chars)} characters (the request limit): ${longest.medianMs.toFixed(0)} ms (median of 7)`,
  )
  if (!verbose) return
  for (const r of summary.results) {
    for (const e of r.missed)
      console.log(`  missed  ${r.id}: ${e.indicator} ${String(e.actual ?? e.statedPercent)}`)
    for (const [e, p] of r.pairs) {
      const wrong = FIELDS.filter((f) => {
        const a = e[f]
        const b = p[f]
        return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) >= 0.005 : a !== b
      })
      if (wrong.length > 0)
        console.log(
          `  fields  ${r.id}: ${wrong.map((f) => `${f} ${String(p[f])} ≠ ${String(e[f])}`).join(', ')}`,
        )
    }
    for (const f of r.falseValues) {
      const v = f.proposal[f.field as 'actual']
      console.log(
        `  FALSE   ${r.id}: ${f.proposal.indicator}.${f.field} = ${v === null ? '' : formatNumber(v)} (${f.why}) «${f.proposal.quote.text.slice(0, 90)}»`,
      )
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printExtractEval(runDevSet(), process.argv.includes('--verbose'))
}
