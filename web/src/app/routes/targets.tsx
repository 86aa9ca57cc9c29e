import { Link } from 'react-router'
import { useYears } from '../../api/get-years.ts'
import { TargetsView } from '../../features/targets/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /targets/:year. The year steps stay inside the years the server lets us write. */
export default function TargetsRoute() {
  const writable = useYears().data?.writable
  const within = (year: number) => !writable || (year >= writable.from && year <= writable.to)
  return (
    <YearRoute>
      {(year) => (
        <>
          <title>{`Giao chỉ tiêu năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>Giao chỉ tiêu năm {year}</h1>
            <nav className="year-steps" aria-label="Năm khác">
              {within(year - 1) && <Link to={paths.targets(year - 1)}>← Năm {year - 1}</Link>}
              {within(year + 1) && <Link to={paths.targets(year + 1)}>Năm {year + 1} →</Link>}
            </nav>
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
