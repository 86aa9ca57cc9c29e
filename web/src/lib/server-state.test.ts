import { cellSchema, cellsOfGrid, type CellGrid } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { cell, hbtNewMembers } from '../test/fixtures.ts'
import { fullAnswer, slimAnswer } from './server-state.ts'

describe('the answers a server-drawn page carries', () => {
  const welfare = cell({
    unit: '001',
    indicator: 'welfare',
    actual: 11_790,
    actualQualifier: 'at_least',
    derivedFrom: { illustrative: true, partialYear: false, bound: 'exact' },
    illustrative: true,
    period: 'part_year',
    status: 'not_reported',
  })
  // Not a grid: the units do not have the same indicators (a series' cells, say).
  const cells = [hbtNewMembers, cell({ unit: '001', indicator: 'new_members' }), welfare]
  const answer = { year: 2021, basis: 'latest', cells }

  it('sends cells that are not a grid without their defaults and fills them back as the contract decodes', () => {
    const slim = slimAnswer(answer) as { cells: Record<string, unknown>[] }
    expect(JSON.stringify(slim)).not.toMatch(/:null|:false|"quoteParts":\[\]|"derivedFrom":\{\}/)
    expect(slim.cells[1]).toEqual({ unit: '001', indicator: 'new_members', year: 2021, status: 'no_data' })
    expect(slim.cells[2]?.['derivedFrom']).toEqual({ illustrative: true })
    const whole = fullAnswer(JSON.parse(JSON.stringify(slim)))
    expect(whole).toEqual(answer)
    expect(slim.cells.map((c) => cellSchema.parse(c))).toEqual(cells)
  })

  it("sends a dashboard's grid of cells as columns and fills them back exactly", () => {
    const grid = [
      { ...hbtNewMembers, unit: '001' },
      { ...welfare, indicator: 'cla_signed', year: hbtNewMembers.year },
      { ...hbtNewMembers, unit: '002', report: 'accepted' as const },
      cell({ unit: '002', indicator: 'cla_signed', year: hbtNewMembers.year, actual: 0 }),
    ]
    const page = { page: 1, limit: 150, pages: 1, units: 2, all: false }
    const board = {
      year: hbtNewMembers.year,
      basis: 'latest',
      units: [{ code: '001' }, { code: '002' }],
      indicators: ['new_members', 'cla_signed'],
      unitReports: [],
      page,
      cells: grid,
    }
    const sent = JSON.parse(JSON.stringify(slimAnswer(board))) as { cells: CellGrid }
    expect(Array.isArray(sent.cells)).toBe(false)
    expect(sent.cells.units).toEqual(['001', '002'])
    expect(sent.cells.indicators).toEqual(['new_members', 'cla_signed'])
    expect(cellsOfGrid(sent.cells)).toEqual(grid)
    expect(fullAnswer(sent)).toEqual(board)
  })

  it('sends the cells of any other answer slim, even when they happen to form a grid', () => {
    // One unit's series of one year is a grid too; only a dashboard's cells go as columns.
    const series = { unit: { code: '007' }, years: [2021], cells: [hbtNewMembers] }
    const sent = JSON.parse(JSON.stringify(slimAnswer(series))) as { cells: unknown }
    expect(Array.isArray(sent.cells)).toBe(true)
    expect(fullAnswer(sent)).toEqual(series)
  })

  it('leaves answers without cells as they are', () => {
    const years = { latest: 2026, years: [2026, 2025] }
    expect(slimAnswer(years)).toBe(years)
    expect(fullAnswer(years)).toBe(years)
  })
})
