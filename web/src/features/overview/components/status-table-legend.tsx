import { ILLUSTRATIVE_LABEL, STATUS_ICONS, STATUS_LABELS, type DataBasis } from '@ldld/db/contracts'
import { StatusLegend } from '../../../components/status-legend.tsx'

/** What the colours, icons and marks of the status table mean. */
export function StatusTableLegend({ basis = 'latest' }: { basis?: DataBasis }) {
  const missing = basis === 'accepted' ? 'not_accepted' : 'not_reported'
  return (
    <StatusLegend statuses={['achieved', 'near', 'below']}>
      <li>Ô xám: không giao chỉ tiêu, hiện số thực hiện</li>
      <li>— Chưa có số liệu</li>
      <li>
        <span className={`swatch swatch--${missing}`} aria-hidden="true" />
        {`${STATUS_ICONS[missing]} ${STATUS_LABELS[missing]}: để trống, không tính là chưa đạt`}
      </li>
      <li>
        <sup className="mh">mh</sup> {ILLUSTRATIVE_LABEL}
      </li>
    </StatusLegend>
  )
}
