import { cellSchema } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { cell, hbtNewMembers } from '../test/fixtures.ts'
import { fullAnswer, slimAnswer } from './server-state.ts'

describe('the answers a server-drawn page carries', () => {
  const cells = [
    hbtNewMembers,
    cell({ unit: '001', indicator: 'new_members' }),
    cell({
      unit: '001',
      indicator: 'welfare',
      actual: 11_790,
      actualQualifier: 'at_least',
      derivedFrom: { illustrative: true, partialYear: false, bound: 'exact' },
      illustrative: true,
      period: 'part_year',
      status: 'not_reported',
    }),
  ]
  const answer = { year: 2021, basis: 'latest', cells }

  it('sends cells without their defaults and fills them back exactly as the contract decodes', () => {
    const slim = slimAnswer(answer) as { cells: Record<string, unknown>[] }
    expect(JSON.stringify(slim)).not.toMatch(/:null|:false|"quoteParts":\[\]|"derivedFrom":\{\}/)
    expect(slim.cells[1]).toEqual({ unit: '001', indicator: 'new_members', year: 2021, status: 'no_data' })
    expect(slim.cells[2]?.['derivedFrom']).toEqual({ illustrative: true })
    const whole = fullAnswer(JSON.parse(JSON.stringify(slim)))
    expect(whole).toEqual(answer)
    expect(slim.cells.map((c) => cellSchema.parse(c))).toEqual(cells)
  })

  it('leaves answers without cells as they are', () => {
    const years = { latest: 2026, years: [2026, 2025] }
    expect(slimAnswer(years)).toBe(years)
    expect(fullAnswer(years)).toBe(years)
  })
})
