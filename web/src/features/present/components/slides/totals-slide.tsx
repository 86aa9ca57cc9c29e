import type { TotalItem } from '../../deck/slide-types.ts'

/** City totals of the headline indicators: result / target, % đạt with its status, change on last year. */
export function TotalsSlide({ items }: { items: readonly TotalItem[] }) {
  return (
    <ul className="totals">
      {items.map((item) => (
        <li key={item.key} className="totals__item">
          <div>
            <h2 className="totals__name">{item.name}</h2>
            <p className="totals__meta">{[item.change, item.reported].filter(Boolean).join(' · ')}</p>
            {item.rest && <p className="totals__meta">{item.rest}</p>}
          </div>
          <div className="totals__figures">
            <p className="totals__value">
              {item.value}
              {item.target && <span className="totals__target"> / {item.target}</span>}
              {item.unit && <span className="totals__unit"> {item.unit}</span>}
            </p>
            <p className={`totals__status status--${item.status}`}>{item.statusText}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}
