import { useEffect, useRef, type MouseEvent } from 'react'
import type { CheckIssue } from '@ldld/db/contracts'
import type { FieldError } from '../hooks/use-entry-form.ts'
import { FIELD_LABELS, type RowIndicator } from '../model/catalogue.ts'
import { fieldId } from '../model/drafts.ts'

interface IssuesPanelProps {
  errors: readonly FieldError[]
  warnings: readonly CheckIssue[]
  rows: ReadonlyMap<string, RowIndicator>
  /** Grows on each blocked save: focus moves here so the user hears what to fix. */
  attempt: number
}

function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id)
  if (!field) return
  event.preventDefault()
  field.scrollIntoView({ block: 'center' })
  field.focus()
}

/** Errors (block saving) and warnings (need a note before submitting), each a link to its field. */
export function IssuesPanel({ errors, warnings, rows, attempt }: IssuesPanelProps) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (attempt > 0) ref.current?.focus()
  }, [attempt])
  if (errors.length === 0 && warnings.length === 0) return null
  const name = (key: string) => rows.get(key)?.shortNameVi ?? key
  const link = (id: string, text: string) => (
    <a href={`#${id}`} onClick={(event) => jump(event, id)}>
      {text}
    </a>
  )
  return (
    <section
      ref={ref}
      className={`issues${errors.length > 0 ? ' issues--errors' : ''}`}
      tabIndex={-1}
      aria-labelledby="issues-title"
    >
      <h2 id="issues-title">Kiểm tra số liệu</h2>
      {errors.length > 0 && (
        <>
          <p className="issues__lead">Lỗi phải sửa trước khi lưu ({errors.length}):</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.indicator}-${e.field}-${e.message}`}>
                {link(
                  fieldId(e.indicator, e.field),
                  e.message.startsWith(name(e.indicator))
                    ? e.message
                    : `${name(e.indicator)} — ${FIELD_LABELS[e.field]}: ${e.message}`,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p className="issues__lead">Cảnh báo: cần ghi chú giải thích trước khi gửi ({warnings.length}):</p>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.indicator}-${w.code}`}>
                {link(fieldId(w.indicator, 'note'), w.message)}{' '}
                <span className={w.explained ? 'issues__ok' : 'issues__todo'}>
                  {w.explained ? '✓ Đã giải thích' : '— chưa có ghi chú'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
