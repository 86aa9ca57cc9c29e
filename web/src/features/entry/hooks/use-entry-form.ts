import { useMemo, useReducer, useState } from 'react'
import { checkReport, type CheckIssue, type Indicator, type Report } from '@ldld/db/contracts'
import { rowIndicatorOf, type RowIndicator } from '../model/catalogue.ts'
import {
  changesOf,
  editable,
  isDirty,
  parseProblems,
  parseRow,
  pendingIllustrative,
  type FigureField,
} from '../model/drafts.ts'
import { formReducer, initForm, type FormState } from '../model/form-state.ts'

export interface FieldError {
  indicator: string
  field: FigureField | 'note'
  message: string
}

function derive(state: FormState, catalogue: ReadonlyMap<string, Indicator>) {
  const { base, drafts } = state
  const rows = new Map<string, RowIndicator>(
    base.values.map((v) => [v.indicator, rowIndicatorOf(v, catalogue)]),
  )
  // The same checks the server runs, on the figures as typed (unreadable text counts as empty).
  const checkValues = base.values.map((value) => {
    const draft = drafts[value.indicator]
    const parsed = draft ? parseRow(draft, value.unitKind) : null
    const typed = (field: FigureField) => {
      const result = parsed?.[field]
      if (!result || !editable(field, base.can)) return value[field]
      return result.ok ? result.value : null
    }
    const note = parsed && editable('note', base.can) ? parsed.note : value.note
    return {
      indicator: value.indicator,
      actual: typed('actual'),
      target: typed('target'),
      note,
      previousActual: value.previousActual,
      previousIllustrative: value.previousIllustrative,
    }
  })
  const issues: CheckIssue[] = checkReport(checkValues, [...rows.values()])
  const errors: FieldError[] = [
    ...parseProblems(base, drafts),
    ...issues
      .filter((i) => i.severity === 'error')
      .map((i) => ({ indicator: i.indicator, field: i.field, message: i.message })),
  ]
  const warnings = issues.filter((i) => i.severity === 'warning')
  return {
    rows,
    errors,
    warnings,
    dirty: isDirty(base, drafts),
    changes: changesOf(base, drafts),
    pending: base.can.submit ? pendingIllustrative(base, drafts) : [],
  }
}

/** The form's state, the live checks of what is typed, and whether anything is unsaved. */
export function useEntryForm(report: Report, catalogue: ReadonlyMap<string, Indicator>) {
  const [state, dispatch] = useReducer(formReducer, report, initForm)
  const [seen, setSeen] = useState(report)
  if (report !== seen) {
    setSeen(report)
    // A newer report from the server replaces a clean form; with unsaved edits the form keeps its
    // base, so the next save meets the conflict and shows it instead of losing anything.
    if (report.version !== state.base.version && !isDirty(state.base, state.drafts))
      dispatch({ type: 'reset', report })
  }
  const derived = useMemo(() => derive(state, catalogue), [state, catalogue])
  return { state, dispatch, ...derived }
}

export type EntryForm = ReturnType<typeof useEntryForm>
