import { Link } from 'react-router'
import { TargetsView } from '../../features/targets/index.ts'
import { paths } from '../../lib/paths.ts'
import { YearRoute } from './year-route.tsx'

/** Lazy-loaded route: /targets/:year. */
export default function TargetsRoute() {
  return (
    <YearRoute>
      {(year) => (
        <>
          <title>{`Giao chỉ tiêu năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>Giao chỉ tiêu năm {year}</h1>
            <nav className="year-steps" aria-label="Năm khác">
              <Link to={paths.targets(year - 1)}>← Năm {year - 1}</Link>
              <Link to={paths.targets(year + 1)}>Năm {year + 1} →</Link>
            </nav>
          </div>
          <TargetsView key={year} year={year} />
        </>
      )}
    </YearRoute>
  )
}
