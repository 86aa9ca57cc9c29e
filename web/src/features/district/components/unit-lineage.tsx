import { Link } from 'react-router'
import { unitFullName, unitPeriodPhrase, type Series } from '@ldld/db/contracts'
import { paths } from '../../../lib/paths.ts'

type Linked = Series['predecessors'][number]

/**
 * Across the 2025 change: the units whose members this one took over, and the units that took over
 * this one's, with the break explained. Their figures are never joined into one line (another area,
 * another count); the page links them instead. Links the demo invented are said to be illustrative.
 */
export function UnitLineage({ series }: { series: Series }) {
  const { predecessors, successors, basis } = series
  // A level (the city) explains the break under its totals over the years instead.
  const linked = predecessors.length > 0 || successors.length > 0
  if (!linked && (!series.break || series.levelTotals.length > 0)) return null
  const item = (unit: Linked) => (
    <li key={unit.code}>
      <Link to={paths.district(unit.code, basis)}>{`${unitFullName(unit)} (${unitPeriodPhrase(unit)})`}</Link>
      {unit.illustrative && <span className="note"> — liên kết minh họa</span>}
    </li>
  )
  return (
    <aside className="lineage" aria-label="Đơn vị trước và sau sắp xếp năm 2025" data-testid="lineage">
      {predecessors.length > 0 && (
        <div>
          <h2 className="lineage__title">Tiếp nhận đoàn viên từ</h2>
          <ul>{predecessors.map(item)}</ul>
        </div>
      )}
      {successors.length > 0 && (
        <div>
          <h2 className="lineage__title">Đơn vị tiếp nhận đoàn viên</h2>
          <ul>{successors.map(item)}</ul>
        </div>
      )}
      {series.break ? (
        <p className="note" data-testid="lineage-break">
          <strong>{series.break.title}.</strong> {series.break.text}
        </p>
      ) : (
        <p className="note">
          Số liệu của đơn vị trước và sau sắp xếp không nối thành một đường: địa bàn và cách tính khác nhau.
        </p>
      )}
    </aside>
  )
}
