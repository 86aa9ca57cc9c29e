import { useNavigate } from 'react-router'
import { defaultTargetYear } from '@ldld/db/contracts'
import { useYears } from '../../api/get-years.ts'
import { YearSelect } from '../../components/year-select.tsx'
import { TargetsView } from '../../features/targets/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /targets/:year. The year steps stay inside the years the server lets us write. */
export default function TargetsRoute() {
  const navigate = useNavigate()
  const writable = useYears().data?.writable
  const within = (year: number) => !writable || (year >= writable.from && year <= writable.to)
  // Years with data, and up to the year being planned (targets are set before any result exists),
  // inside the years the server lets us write.
  const planned = defaultTargetYear(new Date())
  const known = useYears().data?.years ?? []
  const years = [...new Set([...known, planned, planned - 1])].filter(within)
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
          {!within(year) && writable && (
            <p className="plan-note" role="note">
              {`Năm ${year} nằm ngoài các năm được giao chỉ tiêu (${writable.from}–${writable.to}): bảng chỉ để xem.`}
            </p>
          )}
          <TargetsView key={year} year={year} />
        </>
      )}
    </YearRoute>
  )
}
