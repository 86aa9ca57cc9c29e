import { Link } from 'react-router'
import { defaultEntryYear, notInYearText, type Organisation } from '@ldld/db/contracts'
import { federationName } from '../../../lib/org-names.ts'
import { paths } from '../../../lib/paths.ts'

/**
 * A unit that did not exist in the year asked for (a district federation in 2026: they ended
 * 2025-06-30): say so and offer its own years, instead of an error page.
 */
export function UnitNotInYear({ org, year }: { org: Organisation; year: number }) {
  const suggested = defaultEntryYear(org, new Date())
  return (
    <section className="state state--empty" aria-labelledby="not-in-year-title">
      <h2 id="not-in-year-title" className="state__title">
        Không có báo cáo năm {year}
      </h2>
      <p>{notInYearText({ ...org, name: federationName(org) }, year)}</p>
      {suggested !== year && (
        <p>
          <Link to={paths.entry(org.code, suggested)}>Mở báo cáo năm {suggested} của đơn vị</Link> hoặc chọn
          năm khác ở ô “Năm”.
        </p>
      )}
    </section>
  )
}
