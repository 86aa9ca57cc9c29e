import { lazy, Suspense, useState } from 'react'
import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { formatCompact } from '@ldld/db/format'
import { ChartFigure } from '../../../components/chart-figure.tsx'
import { DeferredChart } from '../../../components/chart/deferred-chart.tsx'
import { windowedChartHeight } from '../../../components/chart/sizes.ts'
import type { NiceScale } from '../../../components/chart/nice-scale.ts'
import { LongListToggle } from '../../../components/long-list-toggle.tsx'
import { LoadingState } from '../../../components/query-state.tsx'
import { StatusLegend, statusesIn } from '../../../components/status-legend.tsx'
import { listWindow, isLongList } from '../../../lib/long-list.ts'
import { unitColumnHeading, unitsOfYearPhrase } from '../../../lib/org-names.ts'
import { comparisonData, type CellIndex, type ComparisonGroup } from '../prepare.ts'
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
        <h2 id="comparison-heading">So sánh các {unitsOfYearPhrase(dashboard.year)}</h2>
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
      {data.groups.map((group) => (
        <ComparisonPeriod
          key={`${indicator.key}-${group.key}`}
          group={group}
          indicator={indicator}
          scale={group.scale}
          unitHeading={unitColumnHeading(dashboard.year)}
        />
      ))}
    </section>
  )
}

interface ComparisonPeriodProps {
  group: ComparisonGroup
  indicator: Indicator
  scale: NiceScale
  unitHeading: string
}

/** The chart of one period's units (the whole year but in 2025), top and bottom of a long list. */
function ComparisonPeriod({ group, indicator, scale, unitHeading }: ComparisonPeriodProps) {
  const [expanded, setExpanded] = useState(false)
  const window = listWindow(group.rows, (row) => row.actual !== null, expanded)
  const chartId = `comparison-chart-${group.key.replace(/[^0-9]/g, '')}`
  return (
    <div className="comparison-period">
      {group.heading && <h3 className="period-heading">{group.heading}</h3>}
      <ChartFigure
        summary={group.summary}
        legend={
          <StatusLegend statuses={statusesIn(group.rows.map((row) => row.status))}>
            <li>
              <span className="swatch-target" aria-hidden="true" />
              Vạch đen: chỉ tiêu được giao của từng đơn vị
            </li>
          </StatusLegend>
        }
        table={<ComparisonTable rows={group.rows} indicator={indicator} unitHeading={unitHeading} />}
      >
        <div id={chartId} style={{ minHeight: windowedChartHeight(window) }}>
          <DeferredChart height={windowedChartHeight(window)}>
            <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
              <ComparisonChart
                window={window}
                scale={scale}
                formatTick={(value) => formatCompact(value, indicator.unitKind)}
              />
            </Suspense>
          </DeferredChart>
        </div>
      </ChartFigure>
      {isLongList(group.rows.length) && (
        <LongListToggle
          controls={chartId}
          expanded={expanded}
          total={group.rows.length}
          missing={window.missing}
          onToggle={() => setExpanded((open) => !open)}
        />
      )}
    </div>
  )
}
