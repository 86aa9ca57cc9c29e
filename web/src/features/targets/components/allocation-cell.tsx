import { allocationOf, type UnitKind } from '@ldld/db/contracts'
import { formatMoney, formatNumber } from '@ldld/db/format'

const amount = (value: number, kind: UnitKind) =>
  kind === 'money' ? formatMoney(value) : formatNumber(value)

/** The sum of the units' targets against the city's own, with under- or over-allocation named. */
export function AllocationCell({
  sum,
  city,
  kind,
}: {
  sum: number | null
  city: number | null
  kind: UnitKind
}) {
  const state = allocationOf(sum, city)
  const gap = sum !== null && city !== null ? Math.abs(sum - city) : 0
  return (
    <td className={`allocation allocation--${state ?? 'none'}`}>
      <span className="allocation__sum">{sum === null ? '—' : amount(sum, kind)}</span>
      {state === 'under' && (
        <span className="allocation__flag">▼ Thiếu {amount(gap, kind)} so với chỉ tiêu thành phố</span>
      )}
      {state === 'over' && (
        <span className="allocation__flag">▲ Vượt {amount(gap, kind)} so với chỉ tiêu thành phố</span>
      )}
      {state === 'even' && <span className="allocation__flag">✓ Khớp chỉ tiêu thành phố</span>}
    </td>
  )
}
