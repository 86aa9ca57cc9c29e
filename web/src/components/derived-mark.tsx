import type { DerivedMarksBody } from '@ldld/db/contracts'
import { derivedMarkWords } from '../lib/derived-text.ts'

/** "tính từ dữ liệu minh họa, tính từ số liệu một phần năm", or null for a number of exact inputs. */
export function derivedMarkText(marks: DerivedMarksBody | undefined): string | null {
  if (!marks) return null
  const words = derivedMarkWords(marks)
  return words.length === 0 ? null : words.join(', ')
}

/**
 * The marks a derived number (a change from last year, a rank change, a total) inherits from its
 * inputs (issue 11 item 1): "mh" when an input is illustrative, "pn" (một phần năm) when one covers
 * part of a year; the words themselves to screen readers and on hover. `inline` writes the words out.
 */
export function DerivedMark({
  marks,
  inline = false,
}: {
  marks: DerivedMarksBody | undefined
  inline?: boolean
}) {
  const text = derivedMarkText(marks)
  if (!text || !marks) return null
  if (inline) return <span className="derived-mark">{` (${text})`}</span>
  return (
    <span className="derived-mark" title={text}>
      {/* One compact sign (table columns keep one gutter for it): "mh" outranks "pn". */}
      <sup className="mh" aria-hidden="true">
        {marks.illustrative ? 'mh' : 'pn'}
      </sup>
      <span className="sr-only">{` (${text})`}</span>
    </span>
  )
}
