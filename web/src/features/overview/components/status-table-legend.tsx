import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'
import { StatusLegend } from '../../../components/status-legend.tsx'

/** What the colours, icons and marks of the status table mean. */
export function StatusTableLegend() {
  return (
    <StatusLegend statuses={['achieved', 'near', 'below']}>
      <li>Ô xám: không giao chỉ tiêu, hiện số thực hiện</li>
      <li>— Chưa có số liệu</li>
      <li>
        <sup className="mh">mh</sup> {ILLUSTRATIVE_LABEL}
      </li>
    </StatusLegend>
  )
}
