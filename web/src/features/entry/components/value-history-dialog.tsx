import { Dialog } from '../../../components/form/dialog.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { useReportHistory } from '../api/get-history.ts'
import type { RowIndicator } from '../model/catalogue.ts'
import { HistoryTable } from './history-table.tsx'

interface ValueHistoryDialogProps {
  unit: string
  year: number
  indicator: RowIndicator
  rows: ReadonlyMap<string, RowIndicator>
  onClose: () => void
}

/** One value's history, one click from its row. */
export function ValueHistoryDialog({ unit, year, indicator, rows, onClose }: ValueHistoryDialogProps) {
  const history = useReportHistory(unit, year, indicator.key)
  return (
    <Dialog title={`Lịch sử: ${indicator.shortNameVi} năm ${year}`} onClose={onClose} wide>
      <QueryState
        query={history}
        isEmpty={(entries) => entries.length === 0}
        emptyMessage="Chưa có thay đổi nào."
      >
        {(entries) => (
          <HistoryTable
            entries={entries}
            rows={rows}
            caption={`Lịch sử ${indicator.shortNameVi}`}
            showIndicator={false}
          />
        )}
      </QueryState>
    </Dialog>
  )
}
