import { useSearchParams } from 'react-router'
import { DataBasisSwitch } from '../../components/data-basis-switch.tsx'
import { YearSelect } from '../../components/year-select.tsx'
import { OverviewView } from '../../features/overview/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearGate } from '../year-gate.tsx'

export function OverviewRoute() {
  const [params, setParams] = useSearchParams()
  const setChartIndicator = (key: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        next.set('indicator', key)
        return next
      },
      { replace: true },
    )
  return (
    <YearGate backTo={paths.overview()}>
      {({ year, years, planYears, setYear, basis, setBasis }) => (
        <>
          <title>{`Tổng quan năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>Kết quả thực hiện chỉ tiêu năm {year}</h1>
            <div className="page-controls">
              <YearSelect years={years} planYears={planYears} value={year} onChange={setYear} />
              <DataBasisSwitch value={basis} onChange={setBasis} />
            </div>
          </div>
          <OverviewView
            year={year}
            basis={basis}
            plan={planYears.includes(year)}
            chartIndicator={params.get('indicator')}
            onChartIndicatorChange={setChartIndicator}
          />
        </>
      )}
    </YearGate>
  )
}
