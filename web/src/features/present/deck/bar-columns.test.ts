import { describe, expect, it } from 'vitest'
import { barColumns } from './bar-columns.ts'
import type { DistrictBar } from './slide-types.ts'

const bars = (ranked: number, missing = 0): DistrictBar[] =>
  Array.from({ length: ranked + missing }, (_, i) => ({
    code: String(i + 1).padStart(5, '0'),
    name: `Đơn vị ${i + 1}`,
    value: i < ranked ? 1000 - i : null,
    qualifier: 'exact',
    target: i < ranked ? 900 : null,
    status: i < ranked ? 'achieved' : 'not_reported',
    label: '',
    ranked: i < ranked,
    description: '',
  }))

describe('barColumns: every unit when they fit, else the top and the bottom', () => {
  it('shows thirty districts in two columns of fifteen, numbered on', () => {
    const { columns, omitted } = barColumns(bars(30), 15, 'percent')
    expect(columns.map((c) => [c.heading, c.start, c.bars.length])).toEqual([
      [null, 1, 15],
      [null, 16, 15],
    ])
    expect(omitted).toBe(0)
  })

  it('shows the top and the bottom of 85 unions with the places they hold', () => {
    const { columns, omitted } = barColumns(bars(67, 18), 15, 'percent')
    expect(columns.map((c) => [c.heading, c.start, c.bars.length])).toEqual([
      ['% đạt cao nhất (1–14)', 1, 14],
      ['% đạt thấp nhất (54–67 trên 67)', 54, 14],
    ])
    expect(columns[1]?.bars.at(-1)?.name).toBe('Đơn vị 67') // the last ranked, never an unreported one
    expect(omitted).toBe(85 - 28)
  })

  it('leaves out units without a figure before cutting the ranking', () => {
    const { columns, omitted } = barColumns(bars(25, 60), 15, 'value')
    expect(columns.map((c) => [c.heading, c.bars.length])).toEqual([
      [null, 13],
      [null, 12],
    ])
    expect(omitted).toBe(60)
  })
})
