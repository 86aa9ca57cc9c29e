import { Dialog } from '../../../components/form/dialog.tsx'
import type { RowIndicator } from '../model/catalogue.ts'
import { HistoryList } from './history-list.tsx'

interface ValueHistoryDialogProps {
  unit: string
  year: number
  indicator: RowIndicator
  rows: ReadonlyMap<string, RowIndicator>
  onClose: () => void
}

/** One value's history, one click from its row. */
export function ValueHistoryDialog({ unit, year, indicator, rows, onClose }: ValueHistoryDialogProps) {
  return (
    <Dialog title={`Lịch sử: ${indicator.shortNameVi} năm ${year}`} onClose={onClose} wide>
      <HistoryList
        unit={unit}
        year={year}
        indicator={indicator.key}
        rows={rows}
        caption={`Lịch sử ${indicator.shortNameVi}`}
        emptyMessage="Chưa có thay đổi nào."
      />
    </Dialog>
  )
}
