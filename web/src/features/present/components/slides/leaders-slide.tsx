import type { LeaderRow, SlideOf } from '../../deck/slide-types.ts'

function LeaderList({
  heading,
  rows,
  empty,
}: {
  heading: string
  rows: readonly LeaderRow[]
  empty: string
}) {
  return (
    <section className="leaders__list">
      <h2 className="leaders__heading">{heading}</h2>
      {rows.length === 0 ? (
        <p className="leaders__empty">{empty}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.code} className="leader">
              <span className="leader__name">{row.name}</span>
              <span className="leader__figure">{row.figure}</span>
              {row.detail && <span className="leader__detail">{row.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Top five by the ranking, and the five that gained most places on last year. */
export function LeadersSlide({ slide }: { slide: SlideOf<'leaders'> }) {
  return (
    <div className="leaders">
      <LeaderList heading={slide.topHeading} rows={slide.top} empty="Chưa có đơn vị nào được xếp hạng." />
      <LeaderList heading={slide.improvedHeading} rows={slide.improved} empty={slide.improvedEmpty} />
    </div>
  )
}
