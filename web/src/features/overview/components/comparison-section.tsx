import { lazy, Suspense } from 'react'
import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { formatCompact } from '@ldld/db/format'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { LoadingState } from '../../../components/query-state.tsx'
import { StatusLegend, statusesIn } from '../../../components/status-legend.tsx'
import { comparisonData, type CellIndex } from '../prepare.ts'
import { ComparisonTable } from './comparison-table.tsx'

const ComparisonChart = lazy(() => import('./comparison-chart.tsx'))

interface ComparisonSectionProps {
  dashboard: Dashboard
  cells: CellIndex
  /** Indicators of the year that take a target: the ones a target marker makes sense for. */
  choices: readonly Indicator[]
  indicator: Indicator
  onIndicatorChange: (key: string) => void
}

export function ComparisonSection({
  dashboard,
  cells,
  choices,
  indicator,
  onIndicatorChange,
}: ComparisonSectionProps) {
  const data = comparisonData(dashboard, cells, indicator)
  return (
    <section className="section" aria-labelledby="comparison-heading">
      <div className="section__head">
        <h2 id="comparison-heading">So sánh các quận, huyện</h2>
        <div className="field">
          <label htmlFor="comparison-indicator">Chỉ tiêu</label>
          <select
            id="comparison-indicator"
            value={indicator.key}
            onChange={(event) => onIndicatorChange(event.target.value)}
          >
            {choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.shortNameVi}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChartFigure
        summary={data.summary}
        legend={
          <StatusLegend statuses={statusesIn(data.rows.map((row) => row.status))}>
            <li>
              <span className="swatch-target" aria-hidden="true" />
              Vạch đen: chỉ tiêu được giao của từng đơn vị
            </li>
          </StatusLegend>
        }
        table={<ComparisonTable rows={data.rows} indicator={indicator} />}
      >
        <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
          <ComparisonChart
            rows={data.rows}
            scale={data.scale}
            formatTick={(value) => formatCompact(value, indicator.unitKind)}
          />
        </Suspense>
      </ChartFigure>
    </section>
  )
}
