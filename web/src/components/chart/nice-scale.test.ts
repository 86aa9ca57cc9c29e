import { describe, expect, it } from 'vitest'
import { niceScale } from './nice-scale.ts'

describe('niceScale', () => {
  it('ends the axis on a round number with even ticks', () => {
    expect(niceScale(2352)).toEqual({ max: 2500, ticks: [0, 500, 1000, 1500, 2000, 2500] })
    expect(niceScale(176.8)).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] })
    expect(niceScale(8_070_000_000).max).toBe(10_000_000_000)
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] })
  })
})
