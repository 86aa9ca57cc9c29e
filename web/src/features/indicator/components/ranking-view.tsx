import { lazy, Suspense, useState, type ReactNode } from 'react'
import type { DataBasis, Indicator, Organisation, Ranking, Status } from '@ldld/db/contracts'
import { formatCompact, formatPercent } from '@ldld/db/format'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { useRanking } from '../../../api/get-ranking.ts'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { CoverageNote } from '../../../components/coverage-note.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { StatusLegend, statusesIn } from '../../../components/status-legend.tsx'
import { DeferredChart } from '../../../components/chart/deferred-chart.tsx'
import { windowedChartHeight } from '../../../components/chart/sizes.ts'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import { LongListToggle } from '../../../components/long-list-toggle.tsx'
import { UnitListTools, useUnitListState } from '../../../components/unit-list-tools.tsx'
import { isLongList, listWindow } from '../../../lib/long-list.ts'
import { filterUnits, periodGroups } from '../../../lib/unit-rows.ts'
import { isNotFound } from '../../../lib/api-client.ts'
import { ExportButtons } from '../../../components/export-buttons.tsx'
import { rankingTable } from '../../../lib/export/index.ts'
import { MapSection, mapDatum } from '../../../components/map/index.ts'
import {
  rankedByPercent,
  rankingData,
  rankingHeading,
  rankingScale,
  rankingSummary,
  type RankingDatum,
} from '../prepare.ts'
import { RankingTable } from './ranking-table.tsx'

// The chart code (recharts) loads after the ranking table is painted, not before (issue 10 item 7).
const RankingChart = lazy(() => import('./ranking-chart.tsx').then((m) => ({ default: m.RankingChart })))

interface RankingViewProps {
  indicatorKey: string
  year: number
  basis: DataBasis
  /** The year picker and the data switch, placed by the route beside the page heading. */
  controls: ReactNode
}

export function RankingView({ indicatorKey, year, basis, controls }: RankingViewProps) {
  const indicators = useIndicators()
  const ranking = useRanking(indicatorKey, year, basis)
  const organisations = useOrganisations()
  if (isNotFound(ranking.error)) {
    return (
      <NotFound
        title="Không tìm thấy chỉ tiêu"
        message={`Không có chỉ tiêu nào mang mã “${indicatorKey}”.`}
      />
    )
  }
  return (
    <QueryState query={indicators}>
      {(catalogue) => {
        const indicator = catalogue.find((i) => i.key === indicatorKey)
        if (!indicator)
          return (
            <NotFound
              title="Không tìm thấy chỉ tiêu"
              message={`Không có chỉ tiêu nào mang mã “${indicatorKey}”.`}
            />
          )
        return (
          <>
            <div className="page-head">
              <h1>{indicator.nameVi}</h1>
              {controls}
            </div>
            <QueryState
              query={ranking}
              isEmpty={(data) => data.coverage.reported === 0}
              emptyMessage={
                basis === 'accepted'
                  ? `Chưa có báo cáo nào năm ${year} được duyệt`
                  : `Chưa có số liệu năm ${year}`
              }
            >
              {(data) => (
                // The units' periods group 2025 and label shared names: wait for them, so the page
                // is drawn once (no layout shift).
                <QueryState query={organisations}>
                  {(units) => <RankingContent ranking={data} indicator={indicator} organisations={units} />}
                </QueryState>
              )}
            </QueryState>
          </>
        )
      }}
    </QueryState>
  )
}

export function RankingContent({
  ranking,
  indicator,
  organisations = [],
}: {
  ranking: Ranking
  indicator: Indicator
  organisations?: readonly Organisation[]
}) {
  const list = useUnitListState()
  const { query, sort } = list
  const data = rankingData(ranking, indicator, organisations)
  const byPercent = rankedByPercent(ranking)
  const statuses = ranking.rows.map((row) => row.status)
  const listed = data.map((d) => ({
    ...d,
    label: d.name,
    stage: d.row.report === 'none' ? ('not_started' as const) : d.row.report,
  }))
  const shown = filterUnits(listed, { query, stage: null, sort })
  const groups = periodGroups(shown, (d) => d.unit, ranking.year)
  const scale = rankingScale(ranking, data)
  return (
    <section className="section" aria-labelledby="ranking-heading">
      <CoverageNote year={ranking.year} coverage={ranking.coverage} />
      <div className="section__head">
        <h2 id="ranking-heading">{rankingHeading(ranking)}</h2>
        <ExportButtons
          table={() => rankingTable(ranking, indicator)}
          what={`bảng xếp hạng năm ${ranking.year}`}
        />
      </div>
      {isLongList(data.length) && (
        <UnitListTools id="ranking-units" {...list} shown={shown.length} total={data.length} />
      )}
      {groups.map((group, index) => (
        <RankingPeriod
          key={group.key}
          index={index}
          heading={group.heading}
          data={group.rows}
          ranking={ranking}
          indicator={indicator}
          scale={scale}
          statuses={statuses}
          filtered={query !== ''}
        />
      ))}
      <MapSection
        indicator={indicator}
        year={ranking.year}
        data={data.map((d) => mapDatum(d.row.unit, d.name, indicator, d.row))}
        withStatus={byPercent}
        basis={ranking.basis}
      />
    </section>
  )
}

interface RankingPeriodProps {
  index: number
  heading: string | null
  data: readonly RankingDatum[]
  ranking: Ranking
  indicator: Indicator
  scale: NiceScale
  statuses: readonly Status[]
  /** A search narrows the table; the chart then draws what it found. */
  filtered: boolean
}

/** The table and chart of one period's units (the whole year but in 2025). */
function RankingPeriod({
  index,
  heading,
  data,
  ranking,
  indicator,
  scale,
  statuses,
  filtered,
}: RankingPeriodProps) {
  const [expanded, setExpanded] = useState(false)
  const byPercent = rankedByPercent(ranking)
  const window = listWindow(data, (d) => d.value !== null, expanded || filtered)
  const chartId = `ranking-chart-${index}`
  return (
    <div className="ranking-period">
      {heading && <h3 className="period-heading">{heading}</h3>}
      <div className={isLongList(data.length) ? 'ranking ranking--long' : 'ranking'}>
        <RankingTable
          indicator={indicator}
          year={ranking.year}
          basis={ranking.basis}
          data={data}
          withTarget={byPercent}
          captionId={index === 0 ? 'ranking-caption' : `ranking-caption-${index}`}
          period={heading}
        />
        <div>
          <ChartFigure
            summary={rankingSummary(ranking, indicator, data)}
            legend={
              <StatusLegend
                statuses={statusesIn(statuses, byPercent ? ['achieved', 'near', 'below'] : ['no_target'])}
              >
                {byPercent && (
                  <li>
                    <span className="swatch-line" aria-hidden="true" />
                    Đường nét đứt: mức 100% chỉ tiêu
                  </li>
                )}
              </StatusLegend>
            }
          >
            <div id={chartId} style={{ minHeight: windowedChartHeight(window) }}>
              <DeferredChart height={windowedChartHeight(window)}>
                <Suspense
                  fallback={
                    <div
                      className="chart-pending"
                      style={{ height: windowedChartHeight(window) }}
                      aria-hidden="true"
                    />
                  }
                >
                  <RankingChart
                    window={window}
                    scale={scale}
                    fullTargetAt={byPercent ? 100 : null}
                    formatTick={
                      byPercent
                        ? (value) => formatPercent(value)
                        : (value) => formatCompact(value, indicator.unitKind)
                    }
                  />
                </Suspense>
              </DeferredChart>
            </div>
          </ChartFigure>
          {isLongList(data.length) && !filtered && (
            <LongListToggle
              controls={chartId}
              expanded={expanded}
              total={data.length}
              missing={window.missing}
              onToggle={() => setExpanded((open) => !open)}
            />
          )}
        </div>
      </div>
    </div>
  )
}
