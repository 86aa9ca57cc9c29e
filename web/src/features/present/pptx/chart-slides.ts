// Slides whose body is a native PowerPoint bar chart (editable data, not a picture).
import type PptxGenJS from 'pptxgenjs'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { SlideOf } from '../deck/slide-types.ts'
import { comparisonCharts, MONEY_DIVISOR, raceChart, valueCharts, type ChartSeries } from './chart-data.ts'
import { niceScale } from '../../../components/chart/nice-scale.ts'
import { BODY, framedSlide } from './frame.ts'
import { FONT, type PptxPalette } from './palette.ts'

function chartOptions(
  palette: PptxPalette,
  colors: string[],
  box: PptxGenJS.PositionProps,
  altText: string,
  max: number | undefined,
): PptxGenJS.IChartOpts {
  return {
    ...box,
    // Side-by-side charts share one scale, or a short bar on the right would look as long as a long one on the left.
    ...(max === undefined ? {} : { valAxisMinVal: 0, valAxisMaxVal: max }),
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: 40,
    chartColors: colors,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: palette.ink,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 11,
    valAxisLabelColor: palette.muted,
    valAxisLabelFormatCode: '#,##0',
    valGridLine: { color: palette.grid, size: 0.5 },
    catGridLine: { style: 'none' },
    showLegend: colors.length > 1,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 12,
    legendColor: palette.ink,
    altText,
  }
}

function addCharts(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  charts: ChartSeries[][],
  palette: PptxPalette,
  colors: string[],
  title: string,
) {
  const gap = 0.3
  const w = (BODY.w - gap * (charts.length - 1)) / Math.max(charts.length, 1)
  const max =
    charts.length > 1 ? niceScale(Math.max(0, ...charts.flat().flatMap((s) => s.values))).max : undefined
  charts.forEach((series, i) => {
    const box = { x: BODY.x + i * (w + gap), y: BODY.y, w, h: BODY.h }
    slide.addChart(
      pptx.ChartType.bar,
      series,
      chartOptions(palette, colors, box, `${title} (${i + 1}/${charts.length})`, max),
    )
  })
}

export function indicatorPptx(pptx: PptxGenJS, spec: SlideOf<'indicator'>, palette: PptxPalette): void {
  const { charts, missing } = comparisonCharts(spec.bars, spec.indicator.unitLabel)
  const lead = spec.counts
    .map((c) => `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status]}: ${c.count}`)
    .join('   ·   ')
  const extra =
    missing.length > 0 ? [`Không vẽ (thiếu số thực hiện hoặc chỉ tiêu): ${missing.join(', ')}.`] : []
  const { slide } = framedSlide(pptx, spec, palette, `Xếp theo % đạt. ${lead}`, extra)
  addCharts(pptx, slide, charts, palette, [palette.marks.achieved, palette.target], spec.title)
}

export function valuePptx(pptx: PptxGenJS, spec: SlideOf<'value'>, palette: PptxPalette): void {
  const money = spec.indicator.unitKind === 'money'
  const name = money
    ? `${spec.indicator.shortNameVi} (triệu đồng)`
    : `${spec.indicator.shortNameVi} (${spec.indicator.unitLabel})`
  const charts = valueCharts(spec.bars, name, money ? MONEY_DIVISOR : 1)
  const { slide } = framedSlide(pptx, spec, palette, spec.summary.join('   ·   '))
  addCharts(pptx, slide, charts, palette, [palette.value], spec.title)
}

export function racePptx(pptx: PptxGenJS, spec: SlideOf<'race'>, palette: PptxPalette): void {
  const chart = raceChart(spec.series, spec.years, 10)
  const { slide } = framedSlide(
    pptx,
    spec,
    palette,
    `10 đơn vị dẫn đầu năm ${spec.years.at(-1) ?? ''}; biểu đồ động chỉ có khi trình chiếu trên web.`,
  )
  if (chart) addCharts(pptx, slide, [[chart]], palette, [palette.value], spec.title)
}
