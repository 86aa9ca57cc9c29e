// A number derived from other figures (the change from last year, a change of rank) in words, with
// the marks its inputs hand down (issue 11 item 1; `derivedFrom` in the API). The deck, its
// PowerPoint, the print report and the downloads all say it this way:
// - from a part-year figure (2025's half and quarter years, a count to a cut-off date) the change
//   is left out: a quarter against a whole year says nothing, marked or not;
// - from an illustrative figure it is shown and marked "tính từ dữ liệu minh họa";
// - from a bound it carries the bound's word ("ít nhất +69,6%").
import { DERIVED_BOUND_PREFIX, DERIVED_MARK_LABELS, type DerivedMarksBody } from '@ldld/db/contracts'
import { formatChange, formatRankChange } from '@ldld/db/format'

/** A derived number is shown only when none of its inputs covers part of a year. */
export function derivedShown(marks: DerivedMarksBody): boolean {
  return !marks.partialYear
}

/** "tính từ dữ liệu minh họa" and the like, for a footnote or an export's "Ghi chú". */
export function derivedMarkWords(marks: DerivedMarksBody): string[] {
  const words: string[] = []
  if (marks.illustrative) words.push(DERIVED_MARK_LABELS.illustrative)
  if (marks.partialYear) words.push(DERIVED_MARK_LABELS.partialYear)
  return words
}

/** "+8,2%", "ít nhất +69,6%"; null when it is left out (see above). */
export function derivedChangeText(yoy: number | null, marks: DerivedMarksBody): string | null {
  if (yoy === null || !derivedShown(marks)) return null
  return `${DERIVED_BOUND_PREFIX[marks.bound]}${formatChange(yoy)}`
}

/** "▲ 25", "khoảng ▲ 3"; null when it is left out. */
export function derivedRankChangeText(change: number | null, marks: DerivedMarksBody): string | null {
  if (change === null || !derivedShown(marks)) return null
  return `${DERIVED_BOUND_PREFIX[marks.bound]}${formatRankChange(change)}`
}

/** Why a change is not shown: "không so với 2025: có số liệu một phần năm". */
export function derivedLeftOutText(marks: DerivedMarksBody, year: number): string | null {
  return derivedShown(marks) ? null : `không so với ${year - 1}: có số liệu một phần năm`
}
