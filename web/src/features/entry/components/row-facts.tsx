import type { UnitKind } from '@ldld/db/contracts'
import { formatMoney, formatNumber, formatPercent } from '@ldld/db/format'
import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'
import { IllustrativeMark } from '../../../components/illustrative.tsx'

interface RowFactsProps {
  year: number
  kind: UnitKind
  previous: number | null
  /** Shown as a fact when the target is not an editable field on this row. */
  target: number | null | undefined
  /** The target is invented demo data: marked "mh" as on the dashboard. */
  targetIllustrative: boolean
  /** Shown when the indicator takes a target. */
  percent: number | null | undefined
}

/** Last year's value and this year's target beside the field, and % đạt as it is typed. */
export function RowFacts({ year, kind, previous, target, targetIllustrative, percent }: RowFactsProps) {
  // The unit is in the row's title: "62 tỷ 146 triệu", not "… đồng" again in a narrow column.
  const text = (v: number | null) =>
    v === null ? '—' : kind === 'money' ? formatMoney(v, '').trim() : formatNumber(v)
  return (
    <dl className="entry-facts">
      <div>
        <dt>Năm {year - 1}</dt>
        <dd>{text(previous)}</dd>
      </div>
      {target !== undefined && (
        <div>
          <dt>Chỉ tiêu {year}</dt>
          <dd>
            {text(target)}
            {targetIllustrative && target !== null && (
              <>
                <IllustrativeMark />
                <span className="sr-only"> ({ILLUSTRATIVE_LABEL})</span>
              </>
            )}
          </dd>
        </div>
      )}
      {percent !== undefined && (
        <div>
          <dt>% đạt</dt>
          <dd>{percent === null ? '—' : formatPercent(percent)}</dd>
        </div>
      )}
    </dl>
  )
}
