import type { DataBasis, Indicator, Total } from '@ldld/db/contracts'
import { KpiCard } from './kpi-card.tsx'

interface KpiCardsProps {
  indicators: readonly Indicator[]
  totals: readonly Total[]
  year: number
  basis: DataBasis
}

/** The headline indicators (new unions, new members, welfare spending) for the whole city. */
export function KpiCards({ indicators, totals, year, basis }: KpiCardsProps) {
  const headline = indicators.filter((indicator) => indicator.headline)
  return (
    <section className="section" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">Toàn thành phố năm {year}</h2>
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
