import { describe, expect, it } from 'vitest'
import type { DistrictBar } from '../deck/slide-types.ts'
import { comparisonCharts, MONEY_DIVISOR, raceChart, valueCharts } from './chart-data.ts'
import { patchChart } from './finish.ts'

const bar = (
  name: string,
  value: number | null,
  target: number | null,
  over: Partial<DistrictBar> = {},
): DistrictBar => ({
  code: name,
  name,
  value,
  qualifier: 'exact',
  target,
  status: 'achieved',
  label: '✓ 150%',
  ranked: value !== null,
  description: '',
  ...over,
})

describe('PowerPoint chart series', () => {
  it('splits thirty districts into two charts of fifteen, best on top, result and target side by side', () => {
    const bars = Array.from({ length: 30 }, (_, i) =>
      bar(`Quận ${i + 1}`, 3000 - i * 10, 2000, { status: i < 20 ? 'achieved' : 'below' }),
    )
    const { charts, missing } = comparisonCharts(bars, 'đoàn viên', 'percent')
    expect(charts).toHaveLength(2)
    const [actual, target] = charts[0]?.series ?? []
    expect(actual?.name).toBe('Thực hiện (đoàn viên)')
    expect(target?.name).toBe('Chỉ tiêu giao (đoàn viên)')
    expect(actual?.labels.at(-1)).toBe('Quận 1 · ✓ 150%') // drawn at the top of the chart
    expect(actual?.values.at(-1)).toBe(3000)
    expect(actual?.labels).toHaveLength(15)
    expect(charts[0]?.title).toBeNull()
    // The statuses follow the points' order (bottom first), for the colour of each bar.
    expect(charts[1]?.statuses?.[0]).toBe('below')
    expect(charts[1]?.statuses?.at(-1)).toBe('achieved')
    expect(missing).toEqual([])
  })

  it('charts the top and the bottom of 85 unions, with titles saying which', () => {
    const bars = Array.from({ length: 85 }, (_, i) => bar(`Phường ${i + 1}`, 900 - i, 500))
    const { charts } = comparisonCharts(bars, 'đoàn viên', 'percent')
    expect(charts.map((c) => c.title)).toEqual(['% đạt cao nhất (1–14)', '% đạt thấp nhất (72–85 trên 85)'])
  })

  it('never writes an empty series or a null value, and names what it leaves out', () => {
    const { charts, missing } = comparisonCharts(
      [bar('Ba Đình', null, 100), bar('Tây Hồ', 50, null)],
      'CĐCS',
      'percent',
    )
    expect(charts).toEqual([])
    expect(missing).toEqual(['Ba Đình', 'Tây Hồ'])
    const money = valueCharts(
      [bar('A', 1_250_300_000, null, { qualifier: 'at_least' }), bar('B', null, null)],
      'Chi chăm lo (triệu đồng)',
      MONEY_DIVISOR,
      'value',
    )
    for (const series of money.flatMap((c) => c.series)) {
      expect(series.values).toEqual([1250])
      expect(series.labels).toEqual(['A (hơn)'])
    }
  })

  it('clips series and category names to 255 characters', () => {
    const long = 'x'.repeat(300)
    const { charts } = comparisonCharts([bar(long, 1, 1)], long, 'percent')
    expect(charts[0]?.series[0]?.name.length).toBe(255)
    expect(charts[0]?.series[0]?.labels[0]?.length).toBe(255)
  })

  it('charts the race’s last year, top ten', () => {
    const series = Array.from({ length: 12 }, (_, i) => ({
      code: String(i),
      name: `Đơn vị ${i}`,
      cumulative: [i, i * 10],
    }))
    const chart = raceChart(series, [2020, 2021], 10, '2020')
    expect(chart?.series[0]?.name).toBe('Cộng dồn 2020–2021')
    expect(chart?.series[0]?.labels).toHaveLength(10)
    expect(chart?.series[0]?.values.at(-1)).toBe(110)
  })
})

describe('finishing a chart part', () => {
  const xml =
    '<c:chart><c:ser><c:idx val="0"/><c:spPr/><c:invertIfNegative val="0"/><c:dLbls><c:showVal val="1"/></c:dLbls><c:cat/><c:val/></c:ser>' +
    '<c:ser><c:idx val="1"/><c:spPr/><c:cat/><c:val/></c:ser></c:chart>'
  it('colours each result bar before its labels and hides the target’s labels', () => {
    const out = patchChart(xml, { pointColours: ['0072B2', 'B34700'], unlabelled: [1] })
    expect(out).toContain(
      '<c:invertIfNegative val="0"/><c:dPt><c:idx val="0"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="0072B2"/>',
    )
    expect(out.indexOf('<c:dPt>')).toBeLessThan(out.indexOf('<c:dLbls><c:showVal'))
    expect(out).toContain('<c:idx val="1"/><c:spPr/><c:dLbls><c:delete val="1"/></c:dLbls><c:cat/>')
  })
})
