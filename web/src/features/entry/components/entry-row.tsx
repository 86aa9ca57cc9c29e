import type { CheckIssue, Qualifier, ReportValue } from '@ldld/db/contracts'
import { achievementPercent } from '@ldld/db/contracts'
import type { FieldError } from '../hooks/use-entry-form.ts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import {
  confirms,
  editable,
  fieldChanged,
  fieldId,
  parseRow,
  type EditRights,
  type EntryField,
  type RowDraft,
} from '../model/drafts.ts'
import { qualifierOf } from '../model/qualifier.ts'
import { FigureField } from './figure-field.tsx'
import { IllustrativeActual } from './illustrative-actual.tsx'
import { NoteField } from './note-field.tsx'
import { QualifierPicker } from './qualifier-picker.tsx'
import { RowFacts } from './row-facts.tsx'
import { SourceNote } from './source-note.tsx'

interface EntryRowProps {
  year: number
  value: ReportValue
  indicator: RowIndicator
  draft: RowDraft
  can: EditRights
  errors: readonly FieldError[]
  warnings: readonly CheckIssue[]
  onEdit: (field: EntryField, text: string) => void
  onConfirm: (confirm: boolean) => void
  onQualifier: (qualifier: Qualifier) => void
  onHistory: () => void
}

/** One indicator: name and unit, last year and target, the figure as stated, its source, note, history. */
export function EntryRow(props: EntryRowProps) {
  const { year, value, indicator, draft, can, errors, warnings, onEdit } = props
  const parsed = parseRow(draft, value.unitKind)
  const targetEditable = can.editTarget && indicator.takesTarget
  const actual = parsed.actual.ok ? parsed.actual.value : null
  const target = targetEditable && parsed.target.ok ? parsed.target.value : value.target
  const actualChanged = fieldChanged(value, draft, 'actual')
  const targetChanged = targetEditable && fieldChanged(value, draft, 'target')
  // A figure with a hard error (e.g. far too large) gets no % beside it: the number is not meant.
  const percent =
    indicator.takesTarget && !errors.some((e) => e.field === 'actual')
      ? achievementPercent(actual, target)
      : null
  const errorOf = (field: EntryField) =>
    errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join(' ')
  // The "mh" mark stays while the stored illustrative number is what the field shows.
  const invented = value.illustrative && value.actual !== null && !actualChanged
  const markId = `${fieldId(value.indicator, 'actual')}-illustrative`
  const sourceId = `${fieldId(value.indicator, 'actual')}-source`
  const qualifier = qualifierOf(value, draft)
  const actualEditable = editable('actual', can)
  const figure = (field: 'actual' | 'target') => (
    <FigureField
      id={fieldId(value.indicator, field)}
      label={`${FIELD_LABELS[field]} ${year}`}
      kind={value.unitKind}
      unitLabel={indicator.unitLabel}
      text={draft[field]}
      readOnly={!editable(field, can)}
      error={errorOf(field)}
      illustrative={
        field === 'target'
          ? value.targetIllustrative && !fieldChanged(value, draft, 'target')
          : invented && !confirms(value, draft)
      }
      describedBy={
        field === 'actual'
          ? [invented ? markId : null, value.source ? sourceId : null].filter(Boolean).join(' ') || undefined
          : undefined
      }
      {...(field === 'actual' && {
        qualifier,
        picker: actualEditable ? (
          <QualifierPicker
            id={`${fieldId(value.indicator, 'actual')}-qualifier`}
            label={`Cách nêu số thực hiện: ${indicator.shortNameVi}`}
            value={qualifier}
            disabled={actual === null}
            onChange={props.onQualifier}
          />
        ) : undefined,
      })}
      onChange={(text) => onEdit(field, text)}
    />
  )
  return (
    <fieldset className="entry-row">
      <legend className="entry-row__title">
        {indicator.nameVi}
        {indicator.unitLabel && <span className="entry-row__unit"> ({indicator.unitLabel})</span>}
      </legend>
      <div className="entry-row__body">
        <RowFacts
          year={year}
          kind={value.unitKind}
          previous={value.previousActual}
          previousQualifier={value.previousQualifier}
          previousIllustrative={value.previousIllustrative}
          target={indicator.takesTarget && !targetEditable ? value.target : undefined}
          targetIllustrative={value.targetIllustrative}
          targetDerived={value.targetDerived}
          percent={indicator.takesTarget ? percent : undefined}
          // A printed percentage speaks of the stored figures only; an edit of either drops it on save.
          statedPercent={actualChanged || targetChanged ? null : value.statedPercent}
        />
        {targetEditable && figure('target')}
        <div className="entry-row__actual">
          {figure('actual')}
          {invented && (
            <IllustrativeActual
              id={markId}
              canConfirm={actualEditable}
              confirmed={confirms(value, draft)}
              onConfirm={props.onConfirm}
            />
          )}
        </div>
        <NoteField
          id={fieldId(value.indicator, 'note')}
          text={draft.note}
          readOnly={!editable('note', can)}
          warnings={warnings}
          onChange={(text) => onEdit('note', text)}
        />
        <button type="button" className="button button--small entry-row__history" onClick={props.onHistory}>
          Lịch sử<span className="sr-only"> thay đổi: {indicator.shortNameVi}</span>
        </button>
        <SourceNote
          id={sourceId}
          value={value}
          mayEditActual={actualEditable}
          mayEditTarget={targetEditable}
          actualChanged={actualChanged}
          targetChanged={targetChanged}
        />
      </div>
    </fieldset>
  )
}
