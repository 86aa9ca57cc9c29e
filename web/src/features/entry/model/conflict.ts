// What changed on the server since this form read the report, beside what this user typed.
import type { Qualifier, Report, ReportValue, UnitKind } from '@ldld/db/contracts'
import { formatAmount } from '@ldld/db/format'
import { REPORT_STATUS_LABELS } from '@ldld/db/contracts'
import { fieldChanged, parseRow, type Drafts, type EntryField } from './drafts.ts'

export interface ConflictRow {
  indicator: string
  field: EntryField | 'status'
  mine: string
  now: string
  by: string | null
  at: string | null
  /** This user changed the same field too: keeping theirs would undo the other person's change. */
  clash: boolean
}

export const EMPTY_TEXT = '(trống)'

export function figureText(value: number | null, kind: UnitKind, qualifier: Qualifier = 'exact'): string {
  if (value === null) return EMPTY_TEXT
  return formatAmount(value, kind, qualifier)
}

function shown(value: ReportValue, field: EntryField, drafts: Drafts, fromDraft: boolean): string {
  const draft = drafts[value.indicator]
  if (fromDraft && draft) {
    const parsed = parseRow(draft, value.unitKind)
    if (field === 'note') return parsed.note ?? EMPTY_TEXT
    const result = parsed[field]
    return result.ok ? figureText(result.value, value.unitKind) : draft[field]
  }
  if (field === 'note') return value.note?.trim() || EMPTY_TEXT
  return figureText(value[field], value.unitKind)
}

export function conflictRows(base: Report, current: Report, drafts: Drafts): ConflictRow[] {
  const rows: ConflictRow[] = []
  if (base.status !== current.status) {
    const reason = current.reason ? `: ${current.reason}` : ''
    rows.push({
      indicator: '',
      field: 'status',
      mine: REPORT_STATUS_LABELS[base.status],
      now: `${REPORT_STATUS_LABELS[current.status]}${reason}`,
      by: null,
      at: current.updatedAt,
      clash: false,
    })
  }
  for (const now of current.values) {
    const before = base.values.find((v) => v.indicator === now.indicator)
    if (!before) continue
    for (const field of ['actual', 'target', 'note'] as const) {
      const same = field === 'note' ? (before.note ?? '') === (now.note ?? '') : before[field] === now[field]
      if (same) continue
      const mineChanged = fieldChanged(before, drafts[now.indicator], field)
      rows.push({
        indicator: now.indicator,
        field,
        mine: shown(before, field, drafts, mineChanged),
        now: shown(now, field, drafts, false),
        by: now.updatedBy,
        at: now.updatedAt,
        clash: mineChanged && fieldChanged(now, drafts[now.indicator], field),
      })
    }
  }
  return rows
}
