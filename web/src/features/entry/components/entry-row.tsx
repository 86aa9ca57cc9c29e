import type { CheckIssue, Qualifier, ReportValue } from '@ldld/db/contracts'
import { achievementPercent } from '@ldld/db/contracts'
import type { FieldError } from '../hooks/use-entry-form.ts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import {
  editable,
  fieldChanged,
  fieldId,
  parseRow,
  type EditRights,
  type EntryField,
  type RowDraft,
} from '../model/drafts.ts'
import { ActualCell } from './actual-cell.tsx'
import { FigureField } from './figure-field.tsx'
import { NoteField } from './note-field.tsx'
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
  const sourceId = `${fieldId(value.indicator, 'actual')}-source`
  const actualEditable = editable('actual', can)
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
        {targetEditable && (
          <FigureField
            id={fieldId(value.indicator, 'target')}
            label={`${FIELD_LABELS.target} ${year}`}
            kind={value.unitKind}
            unitLabel={indicator.unitLabel}
            text={draft.target}
            readOnly={false}
            error={errorOf('target')}
            illustrative={value.targetIllustrative && !targetChanged}
            onChange={(text) => onEdit('target', text)}
          />
        )}
        <ActualCell
          year={year}
          value={value}
          indicator={indicator}
          draft={draft}
          editable={actualEditable}
          error={errorOf('actual')}
          sourceId={sourceId}
          onEdit={(text) => onEdit('actual', text)}
          onConfirm={props.onConfirm}
          onQualifier={props.onQualifier}
        />
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
