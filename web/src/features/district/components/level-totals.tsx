import { Fragment } from 'react'
import type { Indicator, Series } from '@ldld/db/contracts'
import { DerivedMark } from '../../../components/derived-mark.tsx'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { shortValueText } from '../../../lib/figures.ts'

/** The city's figures over the years: the headline flows and the stocks. */
const KEYS = ['new_unions', 'new_members', 'welfare_spending', 'unions_total', 'members_total']

interface LevelTotalsProps {
  series: Series
  catalogue: readonly Indicator[]
}

/**
 * A level's totals year by year across the 2025 change (the city, 2016 → 2026), with the break
 * marked in the table and explained beneath: before it the districts' figures add up, after it the
 * commune and ward unions'; the drop of grassroots unions is mostly definitional (domain.md §3).
 */
export function LevelTotals({ series, catalogue }: LevelTotalsProps) {
  const years = [...series.levelTotals].sort((a, b) => a.year - b.year)
  if (years.length === 0) return null
  const indicators = KEYS.flatMap((key) => catalogue.filter((i) => i.key === key))
  const brk = series.break
  return (
    <section className="section" aria-labelledby="level-totals-heading">
      <h2 id="level-totals-heading">Toàn thành phố qua các năm</h2>
      <div className="table-scroll" role="region" aria-labelledby="level-totals-heading" tabIndex={0}>
        <table className="data-table level-totals">
          <thead>
            <tr>
              <th scope="col">Năm</th>
              <th scope="col">Cộng số của</th>
              {indicators.map((i) => (
                <th scope="col" key={i.key} className="num">
                  {i.shortNameVi}
                  <span className="th-unit">{i.unitLabel}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <Fragment key={y.year}>
                {brk && y.year === brk.year && (
                  <tr className="series-break" data-testid="series-break-row">
                    <th colSpan={indicators.length + 2} scope="rowgroup">
                      {`▼ ${brk.title}: từ đây số liệu tính trên các đơn vị khác (xem giải thích dưới bảng)`}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row">{y.year}</th>
                  <td className="level-totals__groups">{y.groupPhrase}</td>
                  {indicators.map((i) => {
                    const t = y.totals.find((total) => total.indicator === i.key)
                    return (
                      <td key={i.key} className="num">
                        {t?.actual == null ? '—' : shortValueText(t.actual, i, t.actualQualifier)}
                        {t?.illustrative && <IllustrativeMark />}
                        {t && !t.illustrative && t.partialYear && (
                          <DerivedMark marks={{ illustrative: false, partialYear: true, bound: 'exact' }} />
                        )}
                      </td>
                    )
                  })}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {brk && (
        <div className="note-block" data-testid="series-break">
          <p>
            <strong>{brk.title}.</strong> {brk.text}
          </p>
          <p>{brk.unionsDrop}</p>
          <ul>
            {brk.facts.map((f) => (
              <li key={f.text}>
                {f.text}
                {f.note && <span className="note">{` — ${f.note}`}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
