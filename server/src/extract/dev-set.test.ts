// The development set (tests/extract) as a regression guard: no false value, and no rule lost.
// `pnpm eval:extract --verbose` lists what is missed or wrong when this fails.
import { describe, expect, it } from 'vitest'
import { FIELDS } from '../../../tests/extract/evaluate.ts'
import { runDevSet } from '../../../tests/extract/run.ts'

describe('the development set', () => {
  const summary = runDevSet()
  it('has the cases the issue asks for', () => {
    expect(summary.cases).toBeGreaterThanOrEqual(150)
  })
  it('proposes no false value', () => {
    const wrong = summary.results.flatMap((r) =>
      r.falseValues.map((f) => `${r.id}: ${f.proposal.indicator}.${f.field}`),
    )
    expect(wrong).toEqual([])
  })
  it('finds the figures and reads every field right', () => {
    expect(summary.recall).toBeGreaterThanOrEqual(0.97)
    for (const f of FIELDS) expect(summary.fieldAccuracy[f], f).toBeGreaterThanOrEqual(0.95)
  })
})
