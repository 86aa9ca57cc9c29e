import type { ReactNode } from 'react'
import type { Indicator, Ranking } from '@ldld/db/contracts'
import { formatCompact, formatPercent } from '@ldld/db/format'
import { useIndicators } from '../../../api/get-indicators.ts'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { StatusLegend } from '../../../components/status-legend.tsx'
import { isNotFound } from '../../../lib/api-client.ts'
import { ExportButtons, rankingTable } from '../../export/index.ts'
import { MapSection, mapDatum } from '../../map/index.ts'
import { useRanking } from '../api/get-ranking.ts'
import { rankingData, rankingScale, rankingSummary } from '../prepare.ts'
import { RankingTable } from './ranking-table.tsx'
import { RankingChart } from './ranking-chart.tsx'

interface RankingViewProps {
  indicatorKey: string
  year: number
  /** The year picker, placed by the route under the page heading. */
  yearPicker: ReactNode
}

export function RankingView({ indicatorKey, year, yearPicker }: RankingViewProps) {
  const indicators = useIndicators()
  const ranking = useRanking(indicatorKey, year)
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
              {yearPicker}
            </div>
            <QueryState
              query={ranking}
              isEmpty={(data) => data.rows.every((row) => row.actual === null && row.percent === null)}
              emptyMessage={`Chưa có số liệu năm ${year}`}
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
  return (
    <section className="section" aria-labelledby="ranking-heading">
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
        <RankingTable indicator={indicator} year={ranking.year} data={data} withTarget={byPercent} />
        <ChartFigure
          summary={rankingSummary(ranking, indicator, data)}
          legend={
            <StatusLegend statuses={byPercent ? ['achieved', 'near', 'below'] : ['no_target']}>
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
      />
    </section>
  )
}
