// The deck of one year, from its data: which slides exist and what each shows. Pure, so the
// component tests can check "which slides from which data" without a browser.
import {
  coverageText,
  ILLUSTRATIVE_LABEL,
  STATUS_ICONS,
  STATUS_LABELS,
  type Dashboard,
  type Indicator,
  type Total,
} from '@ldld/db/contracts'
import { formatPercent } from '@ldld/db/format'
import { basisFooter, changeBasisText, totalRestText, yearCoverageText } from '../../../lib/coverage-text.ts'
import { amountText, boundedAmountText, isMissing } from '../../../lib/figures.ts'
import { derivedChangeText, derivedLeftOutText, derivedMarkWords } from '../../../lib/derived-text.ts'
import { hasFigures, indicatorSlide, mapSlide, valueSlide } from './district-slides.ts'
import { leadersSlide, raceSlide } from './leaders-race.ts'
import { deckSegments, segmentOf, yearUnitsText } from '../../../lib/unit-segments.ts'
import type { DeckData, SlideSpec, TotalItem } from './slide-types.ts'

/** The indicator of the top-performers, map and race slides: the one the city's conference leads with. */
export const LEAD_INDICATOR = 'new_members'
/** Shown beside welfare spending on its slide. */
const COMPANIONS: Record<string, string> = { welfare_spending: 'welfare_beneficiaries' }

export const FEDERATION = 'LĐLĐ thành phố Hà Nội'

function titleSlide(dashboard: Dashboard): SlideSpec {
  const illustrative = dashboard.cells.some((c) => c.illustrative)
  return {
    kind: 'title',
    id: 'title',
    kicker: FEDERATION,
    title: `Hội nghị tổng kết năm ${dashboard.year}`,
    subtitle: `Kết quả thực hiện chỉ tiêu công đoàn của ${yearUnitsText(dashboard)}`,
    status: yearCoverageText(dashboard.coverage),
    year: dashboard.year,
    notes: illustrative ? [`Bài trình chiếu có ${ILLUSTRATIVE_LABEL}, chỉ dùng để trình bày.`] : [],
  }
}

/**
 * "+8,2% so với 2020", marked when computed from illustrative figures; a change from a part-year
 * figure (2026 against the unions' three months of 2025) is not shown and the slide says why.
 */
function changeText(total: Total | undefined, year: number): string | null {
  if (!total || (total.yoy === null && total.previous === null)) return null
  const left = derivedLeftOutText(total.derivedFrom, year)
  if (left) return left
  const change = derivedChangeText(total.yoy, total.derivedFrom)
  if (change === null) return null
  const marks = derivedMarkWords(total.derivedFrom)
  return `${change} ${changeBasisText(total, year)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`
}

/** A headline total as the slide and the PowerPoint show it: the % with exactly the sums it divides. */
function totalItem(indicator: Indicator, total: Total | undefined, dashboard: Dashboard): TotalItem {
  const status = total?.status ?? 'no_data'
  const missing = total?.actual == null || isMissing(status)
  const percent = total?.percent == null ? null : `đạt ${formatPercent(total.percent)}`
  return {
    key: indicator.key,
    name: indicator.shortNameVi,
    value: missing
      ? STATUS_LABELS[status === 'no_data' ? 'no_data' : status]
      : boundedAmountText(total.actual ?? 0, indicator, total.actualQualifier),
    target: missing || total?.target == null ? null : amountText(total.target, indicator),
    unit: indicator.unitKind === 'money' || missing ? null : indicator.unitLabel,
    status,
    percent,
    statusText: percent ? `${STATUS_ICONS[status]} ${percent}` : STATUS_LABELS[status],
    rest: total ? totalRestText(total, indicator) : null,
    change: changeText(total, dashboard.year),
    // Said when some units are missing; "every unit reported" is in the slide's footer already.
    reported:
      total && total.reported < total.expected
        ? `${total.reported > 0 ? 'tính trên ' : ''}${coverageText({ basis: dashboard.basis, reported: total.reported, expected: total.expected })}`
        : '',
  }
}

function totalsSlide(dashboard: Dashboard, headline: readonly Indicator[]): SlideSpec {
  const totals = headline.map((indicator) => dashboard.totals.find((t) => t.indicator === indicator.key))
  const illustrative = totals.some((t) => t?.illustrative)
  return {
    kind: 'totals',
    id: 'totals',
    title: `Toàn thành phố năm ${dashboard.year}`,
    items: headline.map((indicator, i) => totalItem(indicator, totals[i], dashboard)),
    notes: [
      [
        dashboard.totalsBasis.text,
        totals.some((t) => t?.percent != null) ? '% đạt trên tổng chỉ tiêu của các đơn vị đã báo cáo.' : null,
        illustrative ? `Có ${ILLUSTRATIVE_LABEL}.` : null,
      ]
        .filter(Boolean)
        .join(' '),
      // Only when a stock is on the slide (2025: stocks add the unions' 31/12 figures only).
      ...(dashboard.totalsBasis.stocks && headline.some((i) => i.measure === 'stock')
        ? [dashboard.totalsBasis.stocks]
        : []),
    ],
  }
}

/**
 * The deck of `year` as steps, each building one slide (or none): `buildDeck` runs them at once, the
 * browser one task at a time (`useBuiltDeck`), so a phone is never held by the whole deck's texts
 * (~200 ms at 4× CPU for 126 units; issue 10 item 7). `bounded` holds the codes of units that have
 * boundaries: a segment whose units all have one gets the map, any other a grid of tiles.
 */
export function deckSteps(
  { year, catalogue, dashboards, ranking }: DeckData,
  bounded: ReadonlySet<string> = new Set(),
): Array<() => SlideSpec | null> {
  const current = dashboards.find((d) => d.year === year)
  if (!current) return []
  const present = new Set(current.indicators)
  const indicators = catalogue.filter((i) => present.has(i.key) && hasFigures(current, i))
  const headline = indicators.filter((i) => i.headline)
  const lead = indicators.find((i) => i.key === LEAD_INDICATOR) ?? headline.find((i) => i.takesTarget)
  const segments = deckSegments(current)
  // Every slide's footer (and the PowerPoint's) says which figures it shows and how many units reported.
  const footer = basisFooter(current.coverage)
  const steps: Array<() => SlideSpec | null> = [
    () => titleSlide(current),
    () => totalsSlide(current, headline),
  ]
  for (const indicator of headline.filter((i) => i.takesTarget))
    for (const segment of segments)
      steps.push(() =>
        hasFigures(current, indicator, segment) ? indicatorSlide(current, indicator, segment) : null,
      )
  if (lead && ranking?.indicator === lead.key) steps.push(() => leadersSlide(ranking, lead))
  for (const indicator of headline.filter((i) => !i.takesTarget)) {
    const companion = indicators.find((i) => i.key === COMPANIONS[indicator.key])
    for (const segment of segments)
      steps.push(() =>
        hasFigures(current, indicator, segment) ? valueSlide(current, indicator, companion, segment) : null,
      )
  }
  if (lead) for (const segment of segments) steps.push(() => mapSlide(current, lead, segment, bounded))
  // The race adds a unit's years: only years of the units on today's side of the 2025 change.
  const last = segments.at(-1)
  if (lead && last) {
    const raced = dashboards.filter((d) => d.year <= year && d.units.some((u) => segmentOf(u) === last.key))
    steps.push(() => raceSlide(raced, lead, last))
  }
  return steps.map((step) => () => {
    const slide = step()
    return slide && { ...slide, notes: [...slide.notes, footer] }
  })
}

/** The deck of `year`, every slide at once (tests, and what `useBuiltDeck` builds step by step). */
export function buildDeck(data: DeckData, bounded: ReadonlySet<string> = new Set()): SlideSpec[] {
  return deckSteps(data, bounded)
    .map((step) => step())
    .filter((slide): slide is SlideSpec => slide !== null)
}
