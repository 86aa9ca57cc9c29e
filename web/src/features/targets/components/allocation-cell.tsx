import { allocationOf, ILLUSTRATIVE_LABEL, type UnitKind } from '@ldld/db/contracts'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { formatAmount } from '@ldld/db/format'

const amount = (value: number, kind: UnitKind) => formatAmount(value, kind)

/** The sum of the units' targets against the city's own, with under- or over-allocation named. */
export function AllocationCell({
  sum,
  city,
  kind,
  illustrative,
}: {
  sum: number | null
  city: number | null
  kind: UnitKind
  /** The sum adds invented demo targets: it is marked "mh" like them. */
  illustrative: boolean
}) {
  const state = allocationOf(sum, city)
  const gap = sum !== null && city !== null ? Math.abs(sum - city) : 0
  return (
    <td className={`allocation allocation--${state ?? 'none'}`}>
      <span className="allocation__sum">
        {sum === null ? '—' : amount(sum, kind)}
        {illustrative && sum !== null && (
          <>
            <IllustrativeMark />
            <span className="sr-only"> (cộng cả {ILLUSTRATIVE_LABEL})</span>
          </>
        )}
      </span>
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
