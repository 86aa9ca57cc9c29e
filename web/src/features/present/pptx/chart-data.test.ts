import { describe, expect, it } from 'vitest'
import type { DistrictBar } from '../deck/slide-types.ts'
import { comparisonCharts, MONEY_DIVISOR, raceChart, valueCharts } from './chart-data.ts'

const bar = (name: string, value: number | null, target: number | null): DistrictBar => ({
  code: name,
  name,
  value,
  target,
  status: 'achieved',
  label: '',
  ranked: value !== null,
  description: '',
})

describe('PowerPoint chart series', () => {
  it('splits thirty districts into two charts of fifteen, best on top, result and target side by side', () => {
    const bars = Array.from({ length: 30 }, (_, i) => bar(`Quận ${i + 1}`, 3000 - i * 10, 2000))
    const { charts, missing } = comparisonCharts(bars, 'đoàn viên')
    expect(charts).toHaveLength(2)
    const [actual, target] = charts[0] ?? []
    expect(actual?.name).toBe('Thực hiện (đoàn viên)')
    expect(target?.name).toBe('Chỉ tiêu giao (đoàn viên)')
    expect(actual?.labels.at(-1)).toBe('Quận 1') // drawn at the top of the chart
    expect(actual?.values.at(-1)).toBe(3000)
    expect(actual?.labels).toHaveLength(15)
    expect(missing).toEqual([])
  })

  it('never writes an empty series or a null value, and names what it leaves out', () => {
    const { charts, missing } = comparisonCharts([bar('Ba Đình', null, 100), bar('Tây Hồ', 50, null)], 'CĐCS')
    expect(charts).toEqual([])
    expect(missing).toEqual(['Ba Đình', 'Tây Hồ'])
    for (const series of valueCharts(
      [bar('A', 1_250_300_000, null), bar('B', null, null)],
      'Chi chăm lo (triệu đồng)',
      MONEY_DIVISOR,
    ).flat()) {
      expect(series.values).toEqual([1250.3])
      expect(series.values.every(Number.isFinite)).toBe(true)
    }
  })

  it('clips series and category names to 255 characters', () => {
    const long = 'x'.repeat(300)
    const { charts } = comparisonCharts([bar(long, 1, 1)], long)
    expect(charts[0]?.[0]?.name.length).toBe(255)
    expect(charts[0]?.[0]?.labels[0]?.length).toBe(255)
  })

  it('charts the race’s last year, top ten', () => {
    const series = Array.from({ length: 12 }, (_, i) => ({
      code: String(i),
      name: `Đơn vị ${i}`,
      cumulative: [i, i * 10],
    }))
    const chart = raceChart(series, [2020, 2021], 10)
    expect(chart?.name).toBe('Cộng dồn 2020–2021')
    expect(chart?.labels).toHaveLength(10)
    expect(chart?.values.at(-1)).toBe(110)
  })
})
