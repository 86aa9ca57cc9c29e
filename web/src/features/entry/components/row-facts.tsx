import { ILLUSTRATIVE_LABEL, type Qualifier, type UnitKind } from '@ldld/db/contracts'
import { formatAmount, formatPercent } from '@ldld/db/format'
import { IllustrativeMark } from '../../../components/illustrative.tsx'

export interface RowFactsProps {
  year: number
  kind: UnitKind
  previous: number | null
  previousQualifier: Qualifier
  /** Last year's figure is invented demo data: marked "mh" as on the dashboard. */
  previousIllustrative: boolean
  /** Shown as a fact when the target is not an editable field on this row. */
  target: number | null | undefined
  /** The target is invented demo data: marked "mh" as on the dashboard. */
  targetIllustrative: boolean
  /** The target was worked back from the percentage the source printed. */
  targetDerived: boolean
  /** Shown when the indicator takes a target. */
  percent: number | null | undefined
  /** The percentage the source printed, while the figures it speaks of are unchanged. */
  statedPercent: number | null
}

function Mark({ on }: { on: boolean }) {
  if (!on) return null
  return (
    <>
      <IllustrativeMark />
      <span className="sr-only"> ({ILLUSTRATIVE_LABEL})</span>
    </>
  )
}

/** "đạt 148% (nguồn nêu)" when the source gave only a percentage; beside the computed one otherwise. */
function PercentText({ percent, stated }: { percent: number | null; stated: number | null }) {
  if (percent === null && stated === null) return <>—</>
  if (percent === null && stated !== null) return <>đạt {formatPercent(stated)} (nguồn nêu)</>
  return (
    <>
      {percent === null ? '—' : formatPercent(percent)}
      {stated !== null && <span className="entry-facts__stated">nguồn nêu {formatPercent(stated)}</span>}
    </>
  )
}

/** Last year's value and this year's target beside the field, and % đạt as it is typed. */
export function RowFacts(props: RowFactsProps) {
  const { year, kind, previous, target, percent, statedPercent } = props
  // Money in its one display form ("62 tỷ 146 triệu đồng"); a bound keeps its side.
  const text = (v: number | null, qualifier: Qualifier = 'exact') =>
    v === null ? '—' : formatAmount(v, kind, qualifier)
  return (
    <dl className="entry-facts">
      <div>
        <dt>Năm {year - 1}</dt>
        <dd>
          {text(previous, props.previousQualifier)}
          <Mark on={props.previousIllustrative && previous !== null} />
        </dd>
      </div>
      {target !== undefined && (
        <div>
          <dt>Chỉ tiêu {year}</dt>
          <dd>
            {text(target)}
            <Mark on={props.targetIllustrative && target !== null} />
            {props.targetDerived && target !== null && statedPercent !== null && (
              <span className="entry-facts__stated">suy ra từ {formatPercent(statedPercent)}</span>
            )}
          </dd>
        </div>
      )}
      {percent !== undefined && (
        <div>
          <dt>% đạt</dt>
          <dd>
            <PercentText percent={percent} stated={statedPercent} />
          </dd>
        </div>
      )}
    </dl>
  )
}
