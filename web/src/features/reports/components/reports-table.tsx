import { Link } from 'react-router'
import type { z } from 'zod'
import type { reportListResponseSchema } from '@ldld/db/contracts'
import { formatDateTime } from '../../../lib/date-time.ts'
import { paths } from '../../../lib/paths.ts'
import { REPORT_STATUS_LABELS } from '@ldld/db/contracts'

export type ReportRow = z.infer<typeof reportListResponseSchema>['reports'][number]

/** One line per unit, its name a link to its entry page. */
export function ReportsTable({ rows, year }: { rows: readonly ReportRow[]; year: number }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
      <table className="data-table reports-table">
        <caption id="reports-caption" className="sr-only">
          Báo cáo năm {year} của các đơn vị
        </caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Trạng thái</th>
            <th scope="col" className="num">
              Đã nhập
            </th>
            <th scope="col">Cập nhật lần cuối</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit}>
              <th scope="row">
                <Link to={paths.entry(r.unit, year)}>{r.unitName}</Link>
              </th>
              <td>
                <span className={`report-badge report-badge--${r.status}`}>
                  {REPORT_STATUS_LABELS[r.status]}
                </span>
              </td>
              <td className="num">
                {r.filled}/{r.expected}
              </td>
              <td>{r.updatedAt ? formatDateTime(r.updatedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
