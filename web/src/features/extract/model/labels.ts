// Words of this page only (shared labels — periods, qualifiers' prefixes — live in the contracts).
import type { Qualifier } from '@ldld/db/contracts'
import type { Decision } from './review.ts'

export const DECISION_LABELS: Record<Decision, string> = {
  pending: 'Chưa xem',
  accepted: 'Đã chấp nhận',
  rejected: 'Đã bỏ qua',
}

/** How the text bounds a figure, as a reviewer chooses it. */
export const QUALIFIER_OPTIONS: ReadonlyArray<{ value: Qualifier; label: string }> = [
  { value: 'exact', label: 'Đúng bằng' },
  { value: 'at_least', label: 'Ít nhất (“hơn”, “trên”)' },
  { value: 'at_most', label: 'Nhiều nhất (“gần”)' },
  { value: 'about', label: 'Khoảng' },
]
