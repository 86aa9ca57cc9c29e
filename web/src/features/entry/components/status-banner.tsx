import type { Report } from '@ldld/db/contracts'
import { formatDateTime } from '../../../lib/date-time.ts'
import { REPORT_STATUS_LABELS } from '@ldld/db/contracts'

const EXPLAIN: Record<Report['status'], string> = {
  draft: 'Báo cáo chưa gửi lên LĐLĐ Thành phố.',
  submitted: 'Đã gửi, chờ LĐLĐ Thành phố duyệt.',
  accepted: 'Số liệu đã được duyệt và khóa. Muốn sửa, LĐLĐ Thành phố cần mở khóa.',
  returned: 'Hãy sửa theo lý do trên rồi gửi lại.',
}

/** Where the report stands: Nháp / Đã gửi / Đã duyệt (khóa) / Bị trả lại: lý do. */
export function StatusBanner({ report }: { report: Pick<Report, 'status' | 'reason' | 'updatedAt'> }) {
  const { status, reason, updatedAt } = report
  const title =
    status === 'returned' && reason
      ? `${REPORT_STATUS_LABELS.returned}: ${reason}`
      : REPORT_STATUS_LABELS[status]
  return (
    <section className={`report-status report-status--${status}`} aria-label="Trạng thái báo cáo">
      <p className="report-status__title">
        <span className="report-status__label">Trạng thái:</span> {title}
      </p>
      <p className="report-status__text">
        {EXPLAIN[status]}
        {status === 'draft' && reason && ` Đã mở khóa để sửa, lý do: ${reason}.`}
        {updatedAt && ` Cập nhật lần cuối ${formatDateTime(updatedAt)}.`}
      </p>
    </section>
  )
}

const READ_ONLY: Record<NonNullable<Report['readOnly']>, string | null> = {
  submitted: 'Đã gửi, đang chờ duyệt. Số liệu chỉ sửa được khi LĐLĐ Thành phố trả lại báo cáo.',
  // The banner already says it is locked and who can unlock it.
  accepted: null,
  no_right: 'Không có quyền sửa báo cáo này: bạn chỉ xem được số liệu.',
}

/** Why the fields are read-only now, in words: waiting for the city is not "no permission". */
export function ReadOnlyLine({ report }: { report: Pick<Report, 'readOnly' | 'can'> }) {
  const { readOnly, can } = report
  if (readOnly === null || can.accept || can.return || can.unlock) return null
  const text = READ_ONLY[readOnly]
  return text ? <p className="entry-readonly">{text}</p> : null
}
