import { formatDate } from '@ldld/db/format'
import type { HistoryRow } from '../prepare.ts'

/** The exact sentence each real figure was read from, so a leader can check it against the report. */
export function SourceQuotes({ rows }: { rows: readonly HistoryRow[] }) {
  const quoted = rows.filter((row) => row.cell && !row.cell.illustrative && (row.cell.quote || row.cell.note))
  if (quoted.length === 0) return null
  return (
    <details className="quotes" open>
      <summary>Trích dẫn nguồn ({quoted.length})</summary>
      {quoted.map(({ year, cell, source }) => (
        <figure key={year} className="quote">
          {cell?.quote && <blockquote cite={source?.url ?? undefined}>“{cell.quote}”</blockquote>}
          <figcaption>
            Năm {year}
            {source && ` — ${source.title}`}
            {source?.publisher && `, ${source.publisher}`}
            {source?.publishedOn && `, ${formatDate(source.publishedOn)}`}
            {cell?.note && <span className="note"> Ghi chú: {cell.note}</span>}
          </figcaption>
        </figure>
      ))}
    </details>
  )
}
