import { Link } from 'react-router'
import { unitFullName, unitPeriodPhrase, type DataBasis, type Organisation } from '@ldld/db/contracts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { usePredecessors } from '../../../api/get-predecessors.ts'
import { paths } from '../../../lib/paths.ts'

interface UnitLineageProps {
  unit: Organisation
  basis: DataBasis
}

/**
 * Across the 2025 change: the units whose members this one took over, and the units that took over
 * this one's. Their figures are never joined into one line (another area, another count); the page
 * links them instead. Links the demo invented are said to be illustrative.
 */
export function UnitLineage({ unit, basis }: UnitLineageProps) {
  const links = usePredecessors().data ?? []
  const units = new Map((useOrganisations().data ?? []).map((o) => [o.code, o]))
  const from = links.filter((l) => l.unit === unit.code)
  const to = links.filter((l) => l.predecessor === unit.code)
  if (from.length === 0 && to.length === 0) return null
  const item = (code: string, illustrative: boolean) => {
    const other = units.get(code)
    return (
      <li key={code}>
        <Link to={paths.district(code, basis)}>
          {other ? `${unitFullName(other)} (${unitPeriodPhrase(other)})` : code}
        </Link>
        {illustrative && <span className="note"> — liên kết minh họa</span>}
      </li>
    )
  }
  return (
    <aside className="lineage" aria-label="Đơn vị trước và sau sắp xếp năm 2025" data-testid="lineage">
      {from.length > 0 && (
        <div>
          <h2 className="lineage__title">Tiếp nhận đoàn viên từ</h2>
          <ul>{from.map((l) => item(l.predecessor, l.illustrative))}</ul>
        </div>
      )}
      {to.length > 0 && (
        <div>
          <h2 className="lineage__title">Đơn vị tiếp nhận đoàn viên</h2>
          <ul>{to.map((l) => item(l.unit, l.illustrative))}</ul>
        </div>
      )}
      <p className="note">
        Số liệu của đơn vị trước và sau sắp xếp không nối thành một đường: địa bàn và cách tính khác nhau.
      </p>
    </aside>
  )
}
