import { useParams } from 'react-router'
import { DataBasisSwitch } from '../../components/data-basis-switch.tsx'
import { YearSelect } from '../../components/year-select.tsx'
import { RankingView } from '../../features/indicator/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearGate } from '../year-gate.tsx'

/** Lazy-loaded route: /indicators/:key?year=&data=. */
export default function IndicatorRoute() {
  const { key = '' } = useParams()
  return (
    <YearGate backTo={paths.indicator(key)}>
      {({ year, years, planYears, setYear, basis, setBasis }) => (
        <>
          <title>{`Xếp hạng năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <RankingView
            indicatorKey={key}
            year={year}
            basis={basis}
            controls={
              <div className="page-controls">
                <YearSelect years={years} planYears={planYears} value={year} onChange={setYear} />
                <DataBasisSwitch value={basis} onChange={setBasis} />
              </div>
            }
          />
        </>
      )}
    </YearGate>
  )
}
