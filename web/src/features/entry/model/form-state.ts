import type { Qualifier, Report } from '@ldld/db/contracts'
import {
  draftOf,
  draftsOf,
  ENTRY_FIELDS,
  fieldChanged,
  type Drafts,
  type EntryField,
  type RowDraft,
} from './drafts.ts'

export interface FormState {
  /** The report as the server last told this form; a save sends its version. */
  base: Report
  drafts: Drafts
}

export type FormAction =
  | { type: 'edit'; indicator: string; field: EntryField; text: string }
  /** Take the server's report as it is, dropping every edit ("lấy bản hiện tại"). */
  | { type: 'reset'; report: Report }
  /** Move onto a newer report, keeping the fields this user changed ("giữ bản của tôi", after a save). */
  | { type: 'rebase'; report: Report }
  /** Put back a draft kept in this browser. */
  | { type: 'restore'; drafts: Drafts }
  /** "Xác nhận" (or take it back) on an illustrative actual. */
  | { type: 'confirm'; indicator: string; confirm: boolean }
  /** How the actual is stated ("hơn", "khoảng"…), picked beside it. */
  | { type: 'qualifier'; indicator: string; qualifier: Qualifier }

export function initForm(report: Report): FormState {
  return { base: report, drafts: draftsOf(report) }
}

function rebase(state: FormState, report: Report): FormState {
  const drafts: Drafts = {}
  for (const value of report.values) {
    const before = state.base.values.find((v) => v.indicator === value.indicator)
    const mine = state.drafts[value.indicator]
    const fresh = draftOf(value)
    if (!before || !mine) {
      drafts[value.indicator] = fresh
      continue
    }
    const row: RowDraft = { ...fresh }
    for (const field of ENTRY_FIELDS) if (fieldChanged(before, mine, field)) row[field] = mine[field]
    if (fieldChanged(before, mine, 'actual')) row.qualifier = mine.qualifier ?? null
    // A confirmation not yet saved stays pending while the value is still the illustrative one.
    row.confirm = Boolean(mine.confirm) && value.illustrative && value.actual === before.actual
    drafts[value.indicator] = row
  }
  return { base: report, drafts }
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'edit': {
      const row = state.drafts[action.indicator]
      if (!row || row[action.field] === action.text) return state
      return {
        ...state,
        drafts: { ...state.drafts, [action.indicator]: { ...row, [action.field]: action.text } },
      }
    }
    case 'reset':
      return initForm(action.report)
    case 'rebase':
      return rebase(state, action.report)
    case 'restore':
      return { ...state, drafts: { ...state.drafts, ...action.drafts } }
    case 'qualifier': {
      const row = state.drafts[action.indicator]
      if (!row) return state
      return {
        ...state,
        drafts: { ...state.drafts, [action.indicator]: { ...row, qualifier: action.qualifier } },
      }
    }
    case 'confirm': {
      const row = state.drafts[action.indicator]
      if (!row) return state
      return {
        ...state,
        drafts: { ...state.drafts, [action.indicator]: { ...row, confirm: action.confirm } },
      }
    }
  }
}
