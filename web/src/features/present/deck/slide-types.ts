// What each slide shows, prepared from the data once (build-deck.ts): the slide components and the
// PowerPoint writer only lay these out. Numbers arrive as text from the shared formatters.
import type { Dashboard, DataBasis, Indicator, Qualifier, Ranking, Status } from '@ldld/db/contracts'
import type { MapDatum } from '../../../components/map/index.ts'

export interface DeckData {
  year: number
  /** Latest figures or accepted only: every dashboard and the ranking were read on this basis. */
  basis: DataBasis
  catalogue: readonly Indicator[]
  /** Every year up to the deck's year, ascending; the last one is the deck's year. */
  dashboards: readonly Dashboard[]
  /** Ranking of the lead indicator in the deck's year (top performers, most improved). */
  ranking: Ranking | null
}

export interface DistrictBar {
  code: string
  name: string
  value: number | null
  target: number | null
  status: Status
  /** Shown at the end of the bar: "✓ 118%", or "9,49 tỷ" when there is no target. */
  label: string
  /** How the source states the result: "hơn" (at_least) and the like. */
  qualifier: Qualifier
  /** In the ranking the bars follow (a % đạt, or a value when the slide has no target). */
  ranked: boolean
  /** Whole figure in words, for screen readers and the PNG/PPTX notes. */
  description: string
}

export type BarOrder = 'percent' | 'value'

export interface TotalItem {
  key: string
  name: string
  value: string
  target: string | null
  unit: string | null
  status: Status
  percent: string | null
  /** "✓ đạt 108,7%", or the state in words when there is no % ("Chưa báo cáo", "Không giao chỉ tiêu"). */
  statusText: string
  /** What the result beside the % leaves out: "+ 3 đơn vị không giao chỉ tiêu: 4.120". */
  rest: string | null
  change: string | null
  reported: string
}

export interface LeaderRow {
  code: string
  name: string
  figure: string
  detail: string
}

export interface RaceSeries {
  code: string
  name: string
  /** Running total at the end of each year of `years`. */
  cumulative: number[]
}

export interface StatusCount {
  status: Status
  count: number
}

interface SlideBase {
  /** Stable across reloads: the presenter's order and hidden slides are stored by id. */
  id: string
  title: string
  /** A line under the title (what the slide compares, how to read it). */
  subtitle?: string
  /** Footnotes: sources, "dữ liệu minh họa", the map credit. */
  notes: string[]
  /** Speaker notes of the PowerPoint beyond the footnotes: each real figure's source and quote. */
  speaker?: string[]
}

export type SlideSpec =
  | (SlideBase & { kind: 'title'; kicker: string; subtitle: string; year: number })
  | (SlideBase & { kind: 'totals'; items: TotalItem[] })
  | (SlideBase & {
      kind: 'indicator'
      indicator: Indicator
      /** What the bars are ranked by: "% đạt cao nhất" or the value. */
      order: BarOrder
      bars: DistrictBar[]
      scaleMax: number
      counts: StatusCount[]
    })
  | (SlideBase & {
      kind: 'leaders'
      indicator: Indicator
      topHeading: string
      top: LeaderRow[]
      improvedHeading: string
      improved: LeaderRow[]
      /** Said when no unit gained places, or last year cannot be compared. */
      improvedEmpty: string
    })
  | (SlideBase & {
      kind: 'value'
      indicator: Indicator
      order: BarOrder
      bars: DistrictBar[]
      scaleMax: number
      summary: string[]
    })
  | (SlideBase & {
      kind: 'map'
      indicator: Indicator
      /** A map of the boundaries, or one tile per unit where there are none (units after 2025). */
      layout: 'map' | 'tiles'
      data: MapDatum[]
      counts: StatusCount[]
    })
  | (SlideBase & {
      kind: 'race'
      indicator: Indicator
      years: number[]
      /** Where the running totals start: "2016", or "1/10/2025" for the unions. */
      start: string
      series: RaceSeries[]
    })

export type SlideKind = SlideSpec['kind']

export type SlideOf<K extends SlideKind> = Extract<SlideSpec, { kind: K }>
