import { describe, expect, it } from 'vitest'
import { areaClass, statusTexture, valueBreaks, valueClass, valueClassLabels } from './classes.ts'

const thirty = Array.from({ length: 30 }, (_, i) => 300 + i * 137) // 300 … 4.273

describe('map value classes', () => {
  it('cuts 30 districts into five classes at readable edges', () => {
    const breaks = valueBreaks(thirty)
    expect(breaks).toEqual([1100, 1900, 2800, 3600])
    const counts = [0, 1, 2, 3, 4].map((c) => thirty.filter((v) => valueClass(v, breaks) === c).length)
    expect(counts).toEqual([6, 6, 7, 6, 5])
  })

  it('words the classes in Vietnamese with Vietnamese numbers', () => {
    expect(valueClassLabels([1100, 1900, 2800, 3600], 'count')).toEqual([
      'dưới 1.100',
      '1.100 – dưới 1.900',
      '1.900 – dưới 2.800',
      '2.800 – dưới 3.600',
      'từ 3.600 trở lên',
    ])
    expect(valueClassLabels([2_500_000_000], 'money')[1]).toBe('từ 2,5 tỷ trở lên')
  })

  it('keeps the palette ends when values repeat, and greys out a missing value', () => {
    expect(valueBreaks([5, 5, 5, 5, 9])).toEqual([9])
    expect(areaClass('value', 'no_target', 9, [9])).toBe('map-area--seq-4')
    expect(areaClass('value', 'no_target', 5, [9])).toBe('map-area--seq-0')
    expect(areaClass('value', 'no_data', null, [9])).toBe('map-area--no_data')
    expect(areaClass('status', 'near', 95, [9])).toBe('map-area--near')
  })
})

describe('statusTexture', () => {
  it('gives missed and nearly-met targets a texture beside their colour', () => {
    expect(statusTexture('below')).toBe('hatch')
    expect(statusTexture('near')).toBe('dots')
    expect(statusTexture('achieved')).toBeNull()
    expect(statusTexture(undefined)).toBeNull()
  })
})
