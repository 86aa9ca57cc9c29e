import type { Qualifier, ReportValue } from '@ldld/db/contracts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import { confirms, fieldChanged, fieldId, parseRow, type RowDraft } from '../model/drafts.ts'
import { qualifierOf } from '../model/qualifier.ts'
import { FigureField } from './figure-field.tsx'
import { IllustrativeActual } from './illustrative-actual.tsx'
import { QualifierPicker } from './qualifier-picker.tsx'

interface ActualCellProps {
  year: number
  value: ReportValue
  indicator: RowIndicator
  draft: RowDraft
  editable: boolean
  error: string
  /** The id of the row's source note, which describes the field too. */
  sourceId: string
  onEdit: (text: string) => void
  onConfirm: (confirm: boolean) => void
  onQualifier: (qualifier: Qualifier) => void
}

/** The actual as stated: its qualifier ("hơn"…), the number, and "mh" with "Xác nhận" when invented. */
export function ActualCell(props: ActualCellProps) {
  const { year, value, indicator, draft, editable } = props
  const id = fieldId(value.indicator, 'actual')
  const parsed = parseRow(draft, value.unitKind).actual
  // The "mh" mark stays while the stored illustrative number is what the field shows.
  const invented = value.illustrative && value.actual !== null && !fieldChanged(value, draft, 'actual')
  const markId = `${id}-illustrative`
  const qualifier = qualifierOf(value, draft)
  const describedBy = [invented ? markId : null, value.source ? props.sourceId : null].filter(Boolean)
  return (
    <div className="entry-row__actual">
      <FigureField
        id={id}
        label={`${FIELD_LABELS.actual} ${year}`}
        kind={value.unitKind}
        unitLabel={indicator.unitLabel}
        text={draft.actual}
        readOnly={!editable}
        error={props.error}
        illustrative={invented && !confirms(value, draft)}
        describedBy={describedBy.join(' ') || undefined}
        qualifier={qualifier}
        picker={
          editable ? (
            <QualifierPicker
              id={`${id}-qualifier`}
              label={`Cách nêu số thực hiện: ${indicator.shortNameVi}`}
              value={qualifier}
              disabled={!parsed.ok || parsed.value === null}
              onChange={props.onQualifier}
            />
          ) : undefined
        }
        onChange={props.onEdit}
      />
      {invented && (
        <IllustrativeActual
          id={markId}
          canConfirm={editable}
          confirmed={confirms(value, draft)}
          onConfirm={props.onConfirm}
        />
      )}
    </div>
  )
}
