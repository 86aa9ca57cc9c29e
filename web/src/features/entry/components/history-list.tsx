import { useOrganisations } from '../../../api/get-organisations.ts'
import { QueryState } from '../../../components/query-state.tsx'
import { useReportHistory } from '../api/get-history.ts'
import type { RowIndicator } from '../model/catalogue.ts'
import { HistoryTable } from './history-table.tsx'

interface HistoryListProps {
  unit: string
  year: number
  indicator?: string
  rows: ReadonlyMap<string, RowIndicator>
  caption: string
  emptyMessage: string
}

/** A report's history a page at a time, newest first; "Xem thêm" loads the older entries. */
export function HistoryList({ unit, year, indicator, rows, caption, emptyMessage }: HistoryListProps) {
  const history = useReportHistory(unit, year, indicator)
  const org = useOrganisations().data?.find((o) => o.code === unit)
  return (
    <QueryState query={history} isEmpty={(entries) => entries.length === 0} emptyMessage={emptyMessage}>
      {(entries) => (
        <>
          <HistoryTable
            entries={entries}
            rows={rows}
            caption={caption}
            showIndicator={indicator === undefined}
            unit={org}
          />
          {history.hasNextPage && (
            <p className="history-more">
              <button
                type="button"
                className="button button--secondary"
                disabled={history.isFetchingNextPage}
                onClick={() => void history.fetchNextPage()}
              >
                {history.isFetchingNextPage ? 'Đang tải…' : 'Xem thêm'}
              </button>
              <span className="note"> Đang hiện {entries.length} thay đổi gần nhất.</span>
            </p>
          )}
        </>
      )}
    </QueryState>
  )
}
