import { useMemo } from 'react'
import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { Link } from 'react-router'
import { QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'
import { dashboardTable } from '../../export/index.ts'
import { useDashboard } from '../api/get-dashboard.ts'
import { hasNoFigures, indexCells, indicatorsOfYear } from '../prepare.ts'
import { ComparisonSection } from './comparison-section.tsx'
import { KpiCards } from './kpi-cards.tsx'
import { StatusTable } from './status-table.tsx'

const DEFAULT_CHART_INDICATOR = 'new_members'

interface OverviewViewProps {
  year: number
  chartIndicator: string | null
  onChartIndicatorChange: (key: string) => void
}

/** City cards, district comparison chart and the district × indicator table of one year. */
export function OverviewView({ year, chartIndicator, onChartIndicatorChange }: OverviewViewProps) {
  const indicators = useIndicators()
  const dashboard = useDashboard(year)
  return (
    <QueryState query={indicators}>
      {(catalogue) => (
        <QueryState query={dashboard} isEmpty={hasNoFigures} emptyMessage={`Chưa có số liệu năm ${year}`}>
          {(data) => (
            <OverviewContent
              dashboard={data}
              catalogue={catalogue}
              chartIndicator={chartIndicator}
              onChartIndicatorChange={onChartIndicatorChange}
            />
          )}
        </QueryState>
      )}
    </QueryState>
  )
}

interface OverviewContentProps {
  dashboard: Dashboard
  catalogue: readonly Indicator[]
  chartIndicator: string | null
  onChartIndicatorChange: (key: string) => void
}

export function OverviewContent({
  dashboard,
  catalogue,
  chartIndicator,
  onChartIndicatorChange,
}: OverviewContentProps) {
  const cells = useMemo(() => indexCells(dashboard.cells), [dashboard])
  const indicators = indicatorsOfYear(dashboard, catalogue)
  const choices = indicators.filter((indicator) => indicator.takesTarget)
  const selected =
    choices.find((i) => i.key === chartIndicator) ??
    choices.find((i) => i.key === DEFAULT_CHART_INDICATOR) ??
    choices[0]
  return (
    <>
      <p className="page-actions">
        <Link to={paths.present(dashboard.year)}>Trình chiếu năm {dashboard.year}</Link>
        <Link to={paths.report(dashboard.year)}>Báo cáo để in (A4, PDF)</Link>
      </p>
      <KpiCards indicators={indicators} totals={dashboard.totals} year={dashboard.year} />
      {selected && (
        <ComparisonSection
          dashboard={dashboard}
          cells={cells}
          choices={choices}
          indicator={selected}
          onIndicatorChange={onChartIndicatorChange}
        />
      )}
      <StatusTable
        year={dashboard.year}
        units={dashboard.units}
        indicators={indicators}
        cells={cells}
        totals={dashboard.totals}
        download={() => dashboardTable(dashboard, catalogue)}
      />
    </>
  )
}
