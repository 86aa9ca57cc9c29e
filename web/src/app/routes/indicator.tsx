import { useParams } from 'react-router'
import { YearSelect } from '../../components/year-select.tsx'
import { RankingView } from '../../features/indicator/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearGate } from '../year-gate.tsx'

/** Lazy-loaded route: /indicators/:key?year=. */
export default function IndicatorRoute() {
  const { key = '' } = useParams()
  return (
    <YearGate backTo={paths.indicator(key)}>
      {({ year, years, setYear }) => (
        <>
          <title>{`Xếp hạng năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <RankingView
            indicatorKey={key}
            year={year}
            yearPicker={<YearSelect years={years} value={year} onChange={setYear} />}
          />
        </>
      )}
    </YearGate>
  )
}
