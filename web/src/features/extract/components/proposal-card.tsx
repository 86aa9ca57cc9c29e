import { useState } from 'react'
import { PERIOD_LABELS, type Indicator, type Organisation, type Proposal } from '@ldld/db/contracts'
import { formatPercent, formatValue } from '@ldld/db/format'
import { federationName } from '../../../lib/org-names.ts'
import { DECISION_LABELS } from '../model/labels.ts'
import { blockers, type Decision, type Figure, type ReviewItem } from '../model/review.ts'
import { ProposalEditor } from './proposal-editor.tsx'

interface ProposalCardProps {
  number: number
  proposal: Proposal
  item: ReviewItem
  indicators: readonly Indicator[]
  units: readonly Organisation[]
  years: readonly number[]
  onDecide: (decision: Decision) => void
  onEdit: (figure: Figure) => void
}

function amount(value: number | null, indicator: Indicator | undefined, figure: Figure): string {
  if (value === null) return '—'
  return formatValue(value, indicator?.unitKind ?? 'count', indicator?.unitLabel ?? '', figure.qualifier)
}

/** One proposal: what was read, the words it was read from, what to check; accept, edit or reject. */
export function ProposalCard(props: ProposalCardProps) {
  const { number, proposal: p, item, indicators, units, years, onDecide, onEdit } = props
  const [editing, setEditing] = useState(false)
  const f = item.figure
  const indicator = indicators.find((i) => i.key === f.indicator)
  const unit = units.find((u) => u.code === f.unit)
  const title = `Đề xuất ${number}: ${indicator?.nameVi ?? f.indicator}`
  const problems = blockers(p, f)
  return (
    <li id={`proposal-${p.id}`} className={`proposal proposal--${item.decision}`} aria-label={title}>
      <div className="proposal__head">
        <h3>{title}</h3>
        <span className="proposal__state">
          {item.edited ? 'Đã sửa và chấp nhận' : DECISION_LABELS[item.decision]}
        </span>
      </div>
      <dl className="proposal__facts">
        <dt>Thực hiện</dt>
        <dd>{f.actual === null ? '—' : amount(f.actual, indicator, f)}</dd>
        {(indicator?.takesTarget !== false || f.target !== null) && (
          <>
            <dt>Chỉ tiêu giao</dt>
            <dd>
              {f.target === null
                ? 'Văn bản không nêu chỉ tiêu'
                : amount(f.target, indicator, { ...f, qualifier: 'exact' })}
              {p.targetDerived && !item.edited && ' (suy ra từ tỷ lệ)'}
            </dd>
          </>
        )}
        {p.statedPercent !== null && (
          <>
            <dt>Tỷ lệ văn bản nêu</dt>
            <dd>{formatPercent(p.statedPercent)}</dd>
          </>
        )}
        <dt>Thời gian</dt>
        <dd>
          {PERIOD_LABELS[p.period]}
          {p.periodText ? ` (“${p.periodText}”)` : ''}
        </dd>
        <dt>Đơn vị, năm</dt>
        <dd>
          {unit ? federationName(unit) : 'Chưa rõ đơn vị'},{' '}
          {f.year === null ? 'chưa rõ năm' : `năm ${f.year}`}
        </dd>
      </dl>
      <blockquote className="proposal__quote">
        “{p.quote.text}” <a href={`#mark-${p.id}`}>Xem trong văn bản</a>
      </blockquote>
      {p.warnings.length > 0 && (
        <ul className="proposal__warnings" aria-label="Cần kiểm tra">
          {p.warnings.map((w) => (
            <li key={w.code + w.message}>
              <span aria-hidden="true">⚠ </span>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {item.decision === 'accepted' && problems.length > 0 && (
        <p className="proposal__blocked" role="note">
          Chưa lưu được: {problems.join(' ')}
        </p>
      )}
      {editing ? (
        <ProposalEditor
          id={`edit-${p.id}`}
          figure={f}
          indicators={indicators}
          units={units}
          years={years}
          onSave={(figure) => {
            onEdit(figure)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="proposal__actions">
          <button
            type="button"
            className="button"
            aria-pressed={item.decision === 'accepted'}
            onClick={() => onDecide('accepted')}
          >
            Chấp nhận
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            Sửa
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={item.decision === 'rejected'}
            onClick={() => onDecide('rejected')}
          >
            Bỏ qua
          </button>
        </div>
      )}
    </li>
  )
}
