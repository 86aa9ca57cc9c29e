// The deck of one year, from its data: which slides exist and what each shows. Pure, so the
// component tests can check "which slides from which data" without a browser.
import {
  ILLUSTRATIVE_LABEL,
  QUALIFIER_PREFIX,
  type Dashboard,
  type Indicator,
  type Total,
} from '@ldld/db/contracts'
import { formatChange, formatPercent } from '@ldld/db/format'
import { amountText } from '../../../lib/figures.ts'
import { hasFigures, indicatorSlide, mapSlide, valueSlide } from './district-slides.ts'
import { leadersSlide, raceSlide } from './leaders-race.ts'
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
    subtitle: `Kết quả thực hiện chỉ tiêu công đoàn của ${dashboard.units.length} LĐLĐ quận, huyện, thị xã`,
    year: dashboard.year,
    notes: illustrative ? [`Bài trình chiếu có ${ILLUSTRATIVE_LABEL}, chỉ dùng để trình bày.`] : [],
  }
}

function totalItem(indicator: Indicator, total: Total | undefined, year: number): TotalItem {
  return {
    key: indicator.key,
    name: indicator.shortNameVi,
    value:
      total?.actual == null
        ? 'Chưa có số liệu'
        : `${QUALIFIER_PREFIX[total.actualQualifier]}${amountText(total.actual, indicator)}`,
    target: total?.target == null ? null : amountText(total.target, indicator),
    unit: indicator.unitKind === 'money' || total?.actual == null ? null : indicator.unitLabel,
    status: total?.status ?? 'no_data',
    percent: total?.percent == null ? null : `đạt ${formatPercent(total.percent)}`,
    change: total?.yoy == null ? null : `${formatChange(total.yoy)} so với ${year - 1}`,
    reported: total ? `${total.reported}/${total.expected} đơn vị báo cáo` : '',
  }
}

function totalsSlide(dashboard: Dashboard, headline: readonly Indicator[]): SlideSpec {
  const totals = headline.map((indicator) => dashboard.totals.find((t) => t.indicator === indicator.key))
  const illustrative = totals.some((t) => t?.illustrative)
  return {
    kind: 'totals',
    id: 'totals',
    title: `Toàn thành phố năm ${dashboard.year}`,
    items: headline.map((indicator, i) => totalItem(indicator, totals[i], dashboard.year)),
    notes: [
      `Cộng các quận, huyện${illustrative ? ` (có ${ILLUSTRATIVE_LABEL})` : ''}; % đạt trên tổng chỉ tiêu giao.`,
    ],
  }
}

export function buildDeck({ year, catalogue, dashboards, ranking }: DeckData): SlideSpec[] {
  const current = dashboards.find((d) => d.year === year)
  if (!current) return []
  const present = new Set(current.indicators)
  const indicators = catalogue.filter((i) => present.has(i.key) && hasFigures(current, i))
  const headline = indicators.filter((i) => i.headline)
  const lead = indicators.find((i) => i.key === LEAD_INDICATOR) ?? headline.find((i) => i.takesTarget)
  const slides: (SlideSpec | null)[] = [titleSlide(current), totalsSlide(current, headline)]
  for (const indicator of headline.filter((i) => i.takesTarget))
    slides.push(indicatorSlide(current, indicator))
  if (lead && ranking?.indicator === lead.key) slides.push(leadersSlide(ranking, lead))
  for (const indicator of headline.filter((i) => !i.takesTarget)) {
    const companion = indicators.find((i) => i.key === COMPANIONS[indicator.key])
    slides.push(valueSlide(current, indicator, companion))
  }
  if (lead) slides.push(mapSlide(current, lead))
  if (lead)
    slides.push(
      raceSlide(
        dashboards.filter((d) => d.year <= year),
        lead,
      ),
    )
  return slides.filter((slide): slide is SlideSpec => slide !== null)
}
