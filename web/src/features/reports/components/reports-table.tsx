import { Link } from 'react-router'
import type { z } from 'zod'
import type { reportListResponseSchema } from '@ldld/db/contracts'
import { formatDateTime } from '../../../lib/date-time.ts'
import { paths } from '../../../lib/paths.ts'
import { periodGroups, REPORT_STAGE_LABELS, type ListedUnit } from '../../../lib/unit-rows.ts'
import { UnitGroupHeading } from '../../../components/unit-group-heading.tsx'
import { HydrationSlices } from '../../../components/hydration-slices.tsx'

export type ReportRow = z.infer<typeof reportListResponseSchema>['reports'][number]
export interface ListedReport extends ListedUnit {
  report: ReportRow
}

/** One line per unit (grouped by period in 2025), its name a link to its entry page. */
export function ReportsTable({ rows, year }: { rows: readonly ListedReport[]; year: number }) {
  const groups = periodGroups(rows, (r) => r.unit, year)
  return (
    <div className="table-scroll unit-grid" role="region" aria-labelledby="reports-caption" tabIndex={0}>
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
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.heading && <UnitGroupHeading columns={4}>{group.heading}</UnitGroupHeading>}
            <HydrationSlices
              rows={group.rows.map(({ report: r, label, stage }) => (
                <tr key={r.unit}>
                  <th scope="row">
                    <Link to={paths.entry(r.unit, year)}>{label}</Link>
                    <span className="unit-grid__code">{r.unit}</span>
                  </th>
                  <td>
                    <span className={`report-badge report-badge--${stage}`}>
                      {REPORT_STAGE_LABELS[stage]}
                    </span>
                  </td>
                  <td className="num">
                    {r.filled}/{r.expected}
                  </td>
                  <td>{r.updatedAt ? formatDateTime(r.updatedAt) : '—'}</td>
                </tr>
              ))}
            />
          </tbody>
        ))}
      </table>
    </div>
  )
}
