import { useNavigate } from 'react-router'
import { defaultTargetYear } from '@ldld/db/contracts'
import { useYears } from '../../api/get-years.ts'
import { YearSelect } from '../../components/year-select.tsx'
import { TargetsView } from '../../features/targets/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /targets/:year. */
export default function TargetsRoute() {
  const navigate = useNavigate()
  // Years with data, and up to the year being planned (targets are set before any result exists).
  const planned = defaultTargetYear(new Date())
  const known = useYears().data?.years ?? []
  const years = [...new Set([...known, planned, planned - 1])]
  return (
    <YearRoute>
      {(year) => (
        <>
          <title>{`Giao chỉ tiêu năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>Giao chỉ tiêu năm {year}</h1>
            <YearSelect
              id="targets-year"
              years={years}
              value={year}
              onChange={(y) => void navigate(paths.targets(y))}
            />
          </div>
          <TargetsView key={year} year={year} />
        </>
      )}
    </YearRoute>
  )
}
