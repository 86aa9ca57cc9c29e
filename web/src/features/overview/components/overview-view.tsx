import { useMemo } from 'react'
import { Link } from 'react-router'
import { coverageText, type Dashboard, type DataBasis, type Indicator } from '@ldld/db/contracts'
import { useDashboard } from '../../../api/get-dashboard.ts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { CoverageNote } from '../../../components/coverage-note.tsx'
import { EmptyState, QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'
import { dashboardTable } from '../../../lib/export/index.ts'
import { indexCells, indicatorsOfYear } from '../prepare.ts'
import { ComparisonSection } from './comparison-section.tsx'
import { KpiCards } from './kpi-cards.tsx'
import { StatusTable } from './status-table.tsx'

const DEFAULT_CHART_INDICATOR = 'new_members'

interface OverviewViewProps {
  year: number
  basis: DataBasis
  /** A year of targets only (a plan): said so instead of an empty page. */
  plan: boolean
  chartIndicator: string | null
  onChartIndicatorChange: (key: string) => void
}

/** City cards, district comparison chart and the district × indicator table of one year. */
export function OverviewView({
  year,
  basis,
  plan,
  chartIndicator,
  onChartIndicatorChange,
}: OverviewViewProps) {
  const indicators = useIndicators()
  const dashboard = useDashboard(year, basis)
  return (
    <QueryState query={indicators}>
      {(catalogue) => (
        <QueryState query={dashboard}>
          {(data) =>
            data.coverage.reported === 0 ? (
              <NothingReported dashboard={data} plan={plan} />
            ) : (
              <OverviewContent
                dashboard={data}
                catalogue={catalogue}
                chartIndicator={chartIndicator}
                onChartIndicatorChange={onChartIndicatorChange}
              />
            )
          }
        </QueryState>
      )}
    </QueryState>
  )
}

/** A year nobody has reported yet (or, accepted only, none accepted): say which, and what to do. */
function NothingReported({ dashboard, plan }: { dashboard: Dashboard; plan: boolean }) {
  const { year, coverage } = dashboard
  const message = plan
    ? `Năm ${year} là năm kế hoạch: đã có chỉ tiêu, chưa có đơn vị nào báo cáo số liệu thực hiện`
    : coverage.basis === 'accepted'
      ? `Chưa có báo cáo nào năm ${year} được duyệt`
      : `Chưa có số liệu năm ${year}`
  return (
    <EmptyState message={message}>
      {coverage.expected > 0 && <p>{`${coverageText(coverage)}.`}</p>}
      {coverage.basis === 'accepted' && (
        <p>Chọn “Số liệu mới nhất” để xem cả số liệu đang nhập và chờ duyệt.</p>
      )}
    </EmptyState>
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
  const { year, basis } = dashboard
  return (
    <>
      <CoverageNote year={year} coverage={dashboard.coverage} />
      <p className="page-actions">
        <Link to={paths.present(year, undefined, basis)}>Trình chiếu năm {year}</Link>
        <Link to={paths.report(year, basis)}>Báo cáo để in (A4, PDF)</Link>
      </p>
      <KpiCards
        indicators={indicators}
        totals={dashboard.totals}
        year={year}
        basis={basis}
        totalsBasis={dashboard.totalsBasis}
      />
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
        year={year}
        basis={basis}
        units={dashboard.units}
        unitReports={dashboard.unitReports}
        indicators={indicators}
        cells={cells}
        totals={dashboard.totals}
        download={() => dashboardTable(dashboard, catalogue)}
      />
    </>
  )
}
