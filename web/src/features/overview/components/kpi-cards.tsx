import { Link } from 'react-router'
import { CITY_CODE, type Dashboard, type DataBasis, type Indicator, type Total } from '@ldld/db/contracts'
import { paths } from '../../../lib/paths.ts'
import { KpiCard } from './kpi-card.tsx'

interface KpiCardsProps {
  indicators: readonly Indicator[]
  totals: readonly Total[]
  year: number
  basis: DataBasis
  /** What the city totals add, from the API ("Cộng 30 LĐLĐ … (1/1–30/6/2025), 84 …"). */
  totalsBasis?: Dashboard['totalsBasis']
}

/** The headline indicators (new unions, new members, welfare spending) for the whole city. */
export function KpiCards({ indicators, totals, year, basis, totalsBasis }: KpiCardsProps) {
  const headline = indicators.filter((indicator) => indicator.headline)
  return (
    <section className="section" aria-labelledby="kpi-heading">
      <div className="section__head">
        <h2 id="kpi-heading">Toàn thành phố năm {year}</h2>
        <Link to={paths.district(CITY_CODE)}>Toàn thành phố qua các năm</Link>
      </div>
      {totalsBasis && (
        <p className="lead" data-testid="totals-basis">
          {totalsBasis.text}
          {totalsBasis.stocks && ` ${totalsBasis.stocks}`}
        </p>
      )}
      <div className="kpi-grid">
        {headline.map((indicator) => (
          <KpiCard
            key={indicator.key}
            indicator={indicator}
            total={totals.find((total) => total.indicator === indicator.key)}
            year={year}
            basis={basis}
          />
        ))}
      </div>
    </section>
  )
}
