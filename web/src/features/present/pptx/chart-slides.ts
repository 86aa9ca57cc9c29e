// Slides whose body is a native PowerPoint bar chart (editable data, not a picture): value labels
// in Vietnamese format, each result in its status colour, the unit in the axis title, the target
// as its own series. What pptxgenjs cannot write (a colour per bar beside a second series) is
// recorded here and written into the chart parts by finish.ts.
import type PptxGenJS from 'pptxgenjs'
import { STATUS_ICONS, STATUS_LABELS } from '@ldld/db/contracts'
import type { SlideOf } from '../deck/slide-types.ts'
import { comparisonCharts, MONEY_DIVISOR, raceChart, valueCharts, type ChartSpec } from './chart-data.ts'
import { BODY, framedSlide, MIN_PT } from './frame.ts'
import { FONT, LANG, type PptxPalette } from './palette.ts'

/**
 * Whole numbers with dots between thousands ("2.352", "1.250.300"), whatever the reader's locale:
 * the dots are literal text, chosen by the number's size. PowerPoint and LibreOffice both read it.
 */
export const VI_INTEGER_FORMAT = '[>=1000000]#"."###"."###;[>=1000]#"."###;0'

/** What finish.ts writes into a chart part that pptxgenjs cannot: colours per bar, labels off. */
export interface ChartPatch {
  /** Colour (RRGGBB) of each point of the first series, or null to leave the series' colour. */
  pointColours: string[] | null
  /** Series (by index) whose value labels are hidden: the target's, so each row has one label. */
  unlabelled: number[]
}

export type ChartPatches = ChartPatch[]

function chartOptions(
  palette: PptxPalette,
  colors: string[],
  box: PptxGenJS.PositionProps,
  altText: string,
  axisTitle: string,
  title: string | null,
  max: number | undefined,
): PptxGenJS.IChartOpts {
  return {
    ...box,
    // Side-by-side charts share one scale, or a short bar on the right would look as long as a long one on the left.
    ...(max === undefined ? {} : { valAxisMinVal: 0, valAxisMaxVal: max }),
    lang: LANG,
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: 40,
    chartColors: colors,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: MIN_PT,
    catAxisLabelColor: palette.ink,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: MIN_PT,
    valAxisLabelColor: palette.muted,
    valAxisLabelFormatCode: VI_INTEGER_FORMAT,
    showValAxisTitle: true,
    valAxisTitle: axisTitle,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: MIN_PT,
    valAxisTitleColor: palette.muted,
    showValue: true,
    dataLabelFormatCode: VI_INTEGER_FORMAT,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: FONT,
    dataLabelFontSize: MIN_PT,
    dataLabelColor: palette.ink,
    valGridLine: { color: palette.grid, size: 0.5 },
    catGridLine: { style: 'none' },
    showTitle: title !== null,
    ...(title === null ? {} : { title, titleFontFace: FONT, titleFontSize: 16, titleColor: palette.muted }),
    // The key is the slide's lead line (status colours and the target's), not a legend per chart.
    showLegend: false,
    catAxisLabelFrequency: '1',
    altText,
  }
}

/** The value axis' end: the data's maximum rounded up to 1, 1,2, 1,5, 2, 2,5, 3, 4, 5, 6 or 8 × 10^k. */
function axisEnd(value: number): number {
  if (!(value > 0)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10
  return step * magnitude
}

function addCharts(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  charts: readonly ChartSpec[],
  palette: PptxPalette,
  colors: string[],
  title: string,
  axisTitle: string,
  patches: ChartPatches,
) {
  const gap = 0.3
  const w = (BODY.w - gap * (charts.length - 1)) / Math.max(charts.length, 1)
  const values = charts.flatMap((c) => c.series.flatMap((s) => s.values))
  // Room for the value label at the end of the longest bar.
  const max = axisEnd(Math.max(0, ...values) * 1.15)
  charts.forEach((chart, i) => {
    const box = { x: BODY.x + i * (w + gap), y: BODY.y, w, h: BODY.h }
    slide.addChart(
      pptx.ChartType.bar,
      chart.series,
      chartOptions(palette, colors, box, `${title} (${i + 1}/${charts.length})`, axisTitle, chart.title, max),
    )
    patches.push({
      pointColours: chart.statuses ? chart.statuses.map((s) => palette.marks[s]) : null,
      unlabelled: chart.series.length > 1 ? [1] : [],
    })
  })
}

/** "■ ✓ Đạt/vượt: 18   ■ ◐ Gần đạt: 5 …   ■ Chỉ tiêu giao", each square in its colour. */
function statusLead(spec: SlideOf<'indicator'>, palette: PptxPalette): PptxGenJS.TextProps[] {
  return [
    ...spec.counts.flatMap((c) => [
      { text: '■ ', options: { color: palette.marks[c.status] } },
      { text: `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status]}: ${c.count}    ` },
    ]),
    { text: '■ ', options: { color: palette.target } },
    { text: 'Chỉ tiêu giao' },
  ]
}

export function indicatorPptx(
  pptx: PptxGenJS,
  spec: SlideOf<'indicator'>,
  palette: PptxPalette,
  patches: ChartPatches,
): void {
  const { charts, missing } = comparisonCharts(spec.bars, spec.indicator.unitLabel, spec.order)
  const extra =
    missing.length > 0 ? [`Không vẽ (thiếu số thực hiện hoặc chỉ tiêu): ${missing.length} đơn vị.`] : []
  const { slide } = framedSlide(pptx, spec, palette, statusLead(spec, palette), extra)
  addCharts(
    pptx,
    slide,
    charts,
    palette,
    [palette.marks.achieved, palette.target],
    spec.title,
    spec.indicator.unitLabel,
    patches,
  )
}

export function valuePptx(
  pptx: PptxGenJS,
  spec: SlideOf<'value'>,
  palette: PptxPalette,
  patches: ChartPatches,
): void {
  const money = spec.indicator.unitKind === 'money'
  const unit = money ? 'triệu đồng' : spec.indicator.unitLabel
  const charts = valueCharts(
    spec.bars,
    `${spec.indicator.shortNameVi} (${unit})`,
    money ? MONEY_DIVISOR : 1,
    spec.order,
  )
  const { slide } = framedSlide(pptx, spec, palette, spec.summary.join('   ·   '))
  addCharts(pptx, slide, charts, palette, [palette.value], spec.title, unit, patches)
}

export function racePptx(
  pptx: PptxGenJS,
  spec: SlideOf<'race'>,
  palette: PptxPalette,
  patches: ChartPatches,
): void {
  const chart = raceChart(spec.series, spec.years, 10, spec.start)
  const { slide } = framedSlide(
    pptx,
    spec,
    palette,
    `10 đơn vị dẫn đầu năm ${spec.years.at(-1) ?? ''}; biểu đồ động chỉ có khi trình chiếu trên web.`,
  )
  if (chart)
    addCharts(pptx, slide, [chart], palette, [palette.value], spec.title, spec.indicator.unitLabel, patches)
}
