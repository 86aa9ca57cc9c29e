import type { CheckIssue } from '@ldld/db/contracts'
import { NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import type { RowIndicator } from '../model/catalogue.ts'

interface ActionBarProps {
  canSave: boolean
  canSubmit: boolean
  dirty: boolean
  busy: boolean
  errorCount: number
  unexplained: readonly CheckIssue[]
  rows: ReadonlyMap<string, RowIndicator>
  /** The outcome of the last action, where the user's eyes are: beside the buttons. */
  notice: Notice | null
  onSubmit: () => void
}

/** 'Lưu nháp' (also Ctrl+S), the unsaved-changes mark, and 'Gửi báo cáo' with why it is not yet possible. */
export function ActionBar({
  canSave,
  canSubmit,
  dirty,
  busy,
  errorCount,
  unexplained,
  rows,
  notice,
  onSubmit,
}: ActionBarProps) {
  const blockers: string[] = []
  if (errorCount > 0) blockers.push(`Còn ${errorCount} lỗi phải sửa.`)
  const names = [...new Set(unexplained.map((w) => rows.get(w.indicator)?.shortNameVi ?? w.indicator))]
  if (names.length > 0) blockers.push(`Cần ghi chú giải thích cảnh báo ở: ${names.join(', ')}.`)
  if (!canSave && !canSubmit) return <NoticeLine notice={notice} />
  return (
    <div className="action-bar entry-actions">
      {canSave && (
        <>
          <button
            type="submit"
            className="button button--secondary"
            disabled={busy}
            aria-keyshortcuts="Control+S"
          >
            Lưu nháp
          </button>
          <p className={`action-bar__state${dirty ? ' action-bar__state--dirty' : ''}`} role="status">
            {dirty ? '● Có thay đổi chưa lưu' : 'Không có thay đổi chưa lưu'}
          </p>
        </>
      )}
      {canSubmit && (
        <div className="entry-actions__submit">
          <button
            type="button"
            className="button"
            disabled={busy || blockers.length > 0}
            aria-describedby={blockers.length > 0 ? 'submit-blockers' : undefined}
            onClick={onSubmit}
          >
            Gửi báo cáo
          </button>
          {blockers.length > 0 && (
            <ul id="submit-blockers" className="entry-actions__blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="action-bar__notice">
        <NoticeLine notice={notice} />
      </div>
    </div>
  )
}
