import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import type { DataBasis } from '@ldld/db/contracts'
import { formatCompact } from '@ldld/db/format'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { StatusLegend, statusesIn } from '../../../components/status-legend.tsx'
import { paths } from '../../../lib/paths.ts'
import type { History } from '../prepare.ts'
import { DeferredChart } from '../../../components/chart/deferred-chart.tsx'
import { HistoryTable } from './history-table.tsx'
import { SourceQuotes } from './source-quotes.tsx'

// The chart code (recharts) loads after the page's tables are painted, not before (issue 10 item 7).
const HistoryChart = lazy(() => import('./history-chart.tsx').then((m) => ({ default: m.HistoryChart })))

interface IndicatorHistoryProps {
  history: History
  latestYear: number | undefined
  basis: DataBasis
}

/** One indicator of one district over the years: chart and table side by side, then the quotes. */
export function IndicatorHistory({ history, latestYear, basis }: IndicatorHistoryProps) {
  const { indicator, rows, scale, summary } = history
  const headingId = `history-${indicator.key}`
  return (
    <section className="section history" aria-labelledby={headingId}>
      <div className="section__head">
        <h2 id={headingId}>{indicator.nameVi}</h2>
        <Link
          to={paths.indicator(indicator.key, latestYear, basis)}
        >{`Xếp hạng năm ${latestYear ?? ''}`}</Link>
      </div>
      {/* Money figures are long ("11 tỷ 786,1 triệu"): their table takes the whole width, under the
          chart, so its "Nguồn" column is never cut (issue 11). */}
      <div
        className={indicator.unitKind === 'money' ? 'history__body history__body--stacked' : 'history__body'}
      >
        <ChartFigure
          summary={summary}
          legend={
            <StatusLegend
              statuses={statusesIn(
                rows.map((row) => row.cell?.status ?? 'no_data'),
                indicator.takesTarget ? ['achieved', 'near', 'below'] : ['no_target'],
              )}
            >
              {indicator.takesTarget && (
                <li>
                  <span className="swatch-line" aria-hidden="true" />
                  Đường nét đứt: chỉ tiêu
                </li>
              )}
            </StatusLegend>
          }
        >
          <DeferredChart height={240}>
            <Suspense fallback={<div className="chart-pending" style={{ height: 240 }} aria-hidden="true" />}>
              <HistoryChart
                rows={rows}
                scale={scale}
                showTarget={indicator.takesTarget}
                formatTick={(value) => formatCompact(value, indicator.unitKind)}
              />
            </Suspense>
          </DeferredChart>
        </ChartFigure>
        <HistoryTable indicator={indicator} rows={rows} captionId={`${headingId}-caption`} />
      </div>
      <SourceQuotes rows={rows} />
    </section>
  )
}
