import type { ReactNode } from 'react'
import type { DataBasis, Indicator, Ranking } from '@ldld/db/contracts'
import { formatCompact, formatPercent } from '@ldld/db/format'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useRanking } from '../../../api/get-ranking.ts'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { CoverageNote } from '../../../components/coverage-note.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { StatusLegend, statusesIn } from '../../../components/status-legend.tsx'
import { isNotFound } from '../../../lib/api-client.ts'
import { ExportButtons } from '../../../components/export-buttons.tsx'
import { rankingTable } from '../../../lib/export/index.ts'
import { MapSection, mapDatum } from '../../../components/map/index.ts'
import { rankingData, rankingScale, rankingSummary } from '../prepare.ts'
import { RankingTable } from './ranking-table.tsx'
import { RankingChart } from './ranking-chart.tsx'

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
              {(data) => <RankingContent ranking={data} indicator={indicator} />}
            </QueryState>
          </>
        )
      }}
    </QueryState>
  )
}

export function RankingContent({ ranking, indicator }: { ranking: Ranking; indicator: Indicator }) {
  const data = rankingData(ranking, indicator)
  const byPercent = ranking.rankedBy === 'percent'
  const statuses = ranking.rows.map((row) => row.status)
  return (
    <section className="section" aria-labelledby="ranking-heading">
      <CoverageNote year={ranking.year} coverage={ranking.coverage} />
      <div className="section__head">
        <h2 id="ranking-heading">
          Xếp hạng năm {ranking.year}{' '}
          {byPercent ? 'theo % đạt chỉ tiêu' : 'theo số thực hiện (không giao chỉ tiêu)'}
        </h2>
        <ExportButtons
          table={() => rankingTable(ranking, indicator)}
          what={`bảng xếp hạng năm ${ranking.year}`}
        />
      </div>
      <div className="ranking">
        <RankingTable
          indicator={indicator}
          year={ranking.year}
          basis={ranking.basis}
          data={data}
          withTarget={byPercent}
        />
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
          <RankingChart
            data={data}
            scale={rankingScale(ranking, data)}
            fullTargetAt={byPercent ? 100 : null}
            formatTick={
              byPercent
                ? (value) => formatPercent(value)
                : (value) => formatCompact(value, indicator.unitKind)
            }
          />
        </ChartFigure>
      </div>
      <MapSection
        indicator={indicator}
        year={ranking.year}
        data={ranking.rows.map((row) => mapDatum(row.unit, row.name, indicator, row))}
        withStatus={byPercent}
        basis={ranking.basis}
      />
    </section>
  )
}
