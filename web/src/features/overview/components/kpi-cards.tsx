import {
  describeUnitGroups,
  yearPhase,
  type DataBasis,
  type Indicator,
  type Organisation,
  type Total,
} from '@ldld/db/contracts'
import { KpiCard } from './kpi-card.tsx'

interface KpiCardsProps {
  indicators: readonly Indicator[]
  totals: readonly Total[]
  year: number
  basis: DataBasis
  /** The units of the year: what the city totals add up. */
  units?: readonly Organisation[]
}

/** The headline indicators (new unions, new members, welfare spending) for the whole city. */
export function KpiCards({ indicators, totals, year, basis, units = [] }: KpiCardsProps) {
  const adds = describeUnitGroups(units, year)
  const headline = indicators.filter((indicator) => indicator.headline)
  return (
    <section className="section" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">Toàn thành phố năm {year}</h2>
      {adds && (
        <p className="lead" data-testid="totals-basis">
          {`Tổng của ${adds}.`}
          {yearPhase(year) === 'split' &&
            ` Tổng cộng số của cả hai giai đoạn; 1/7–30/9/${year} không thuộc giai đoạn nào.`}
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
