// How the actual is stated: "hơn 10 tỷ" (at least), "gần" (at most), "khoảng" (about) or exact. The
// form keeps what the source said and follows the provenance rule of the contracts (`applyEdit`):
// the same number keeps its qualifier, a new number is exact unless the user picks another.
import type { Qualifier, ReportValue } from '@ldld/db/contracts'
import { parseInput } from '../../../lib/figure-text.ts'
import type { RowDraft } from './drafts.ts'

/** The picker's words: the source's word first, what it means in brackets. */
export const QUALIFIER_CHOICES: Record<Qualifier, string> = {
  exact: 'chính xác',
  at_least: 'hơn (ít nhất)',
  at_most: 'gần (nhiều nhất)',
  about: 'khoảng',
}

/** The number typed in the actual field, or the stored one while the text cannot be read. */
function typedActual(value: ReportValue, draft: RowDraft): number | null {
  const parsed = parseInput(draft.actual, value.unitKind)
  return parsed.ok ? parsed.value : value.actual
}

/** The qualifier the actual will be saved with (and the picker shows). */
export function qualifierOf(value: ReportValue, draft: RowDraft | undefined): Qualifier {
  if (!draft) return value.actualQualifier
  const actual = typedActual(value, draft)
  if (actual === null) return 'exact'
  if (draft.qualifier) return draft.qualifier
  return actual === value.actual ? value.actualQualifier : 'exact'
}

/** The user chose a qualifier other than the stored one for the stored number. */
export function qualifierChanged(value: ReportValue, draft: RowDraft | undefined): boolean {
  return value.actual !== null && qualifierOf(value, draft) !== value.actualQualifier
}
