import {
  originText,
  REPORT_STATUS_LABELS,
  roleLabel,
  type HistoryEntry,
  type Qualifier,
  type UnitKind,
} from '@ldld/db/contracts'
import { formatDateTime } from '../../../lib/date-time.ts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import { EMPTY_TEXT, figureText } from '../model/conflict.ts'
import { QUALIFIER_CHOICES } from '../model/qualifier.ts'

interface HistoryTableProps {
  entries: readonly HistoryEntry[]
  rows: ReadonlyMap<string, RowIndicator>
  caption: string
  /** The unit-year page lists every indicator; a value's dialog does not repeat its name. */
  showIndicator: boolean
  /** The report's unit: a unit officer in its history is that unit's ("Cán bộ công đoàn phường …"). */
  unit?: { fullName: string } | undefined
}

function valueText(
  entry: HistoryEntry,
  raw: string | null,
  kind: UnitKind,
  qualifier: Qualifier | null,
): string {
  if (raw === null || raw === '') return EMPTY_TEXT
  if (entry.field === 'status') return REPORT_STATUS_LABELS[raw as keyof typeof REPORT_STATUS_LABELS] ?? raw
  if (entry.field === 'note' || !/^\d+$/.test(raw)) return raw
  return figureText(Number(raw), kind, qualifier ?? 'exact')
}

/** "Cách nêu: chính xác → hơn (ít nhất)" when a change of the actual changed how it is stated. */
function QualifierChange({ entry }: { entry: HistoryEntry }) {
  const { oldQualifier: from, newQualifier: to } = entry
  if (entry.field !== 'actual' || !from || !to || from === to) return null
  return (
    <span className="th-unit">
      Cách nêu: {QUALIFIER_CHOICES[from]} → {QUALIFIER_CHOICES[to]}
    </span>
  )
}

/** Who (display name and role, never a username), when, what, old → new, where it came from, note. */
export function HistoryTable({ entries, rows, caption, showIndicator, unit }: HistoryTableProps) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table history-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            <th scope="col">Người sửa</th>
            {showIndicator && <th scope="col">Chỉ tiêu</th>}
            <th scope="col">Nội dung</th>
            <th scope="col">Cũ → Mới</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const row = e.indicator ? rows.get(e.indicator) : undefined
            const kind = row?.unitKind ?? 'count'
            return (
              <tr key={e.id}>
                <th scope="row">{formatDateTime(e.at)}</th>
                <td>
                  {e.user ?? '—'}
                  {e.userRole && <span className="th-unit">{roleLabel(e.userRole, unit)}</span>}
                </td>
                {showIndicator && <td>{e.indicator ? (row?.shortNameVi ?? e.indicator) : 'Cả báo cáo'}</td>}
                <td>
                  {FIELD_LABELS[e.field]}
                  {e.origin.kind !== 'form' && <span className="th-unit">{originText(e.origin)}</span>}
                </td>
                <td>
                  {valueText(e, e.oldValue, kind, e.oldQualifier)} →{' '}
                  <strong>{valueText(e, e.newValue, kind, e.newQualifier)}</strong>
                  <QualifierChange entry={e} />
                </td>
                <td>{e.field === 'note' ? '' : (e.note ?? '')}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
