import { QUOTE_PART_JOINER } from '@ldld/db/contracts'
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
          {/* Each passage in its own quotation marks (issue 11 item 7): the article's own "…" is
              never taken for where one quote ends. */}
          {cell && cell.quoteParts.length > 0 && (
            <blockquote cite={source?.url ?? undefined}>
              {cell.quoteParts.map((part, i) => (
                <span key={i} className="quote__part">
                  {i > 0 && <span className="quote__joiner">{QUOTE_PART_JOINER}</span>}“{part}”
                </span>
              ))}
            </blockquote>
          )}
          <figcaption>
            Năm {year}
            {source && ` — ${source.title}`}
            {source?.publisher && `, ${source.publisher}`}
            {source?.publishedOn && `, ${formatDate(source.publishedOn)}`}
            {cell?.timing && <span className="note"> {cell.timing}</span>}
            {cell?.note && <span className="note"> Ghi chú: {cell.note}</span>}
          </figcaption>
        </figure>
      ))}
    </details>
  )
}
