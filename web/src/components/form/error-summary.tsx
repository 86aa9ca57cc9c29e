import { useEffect, useRef, type MouseEvent } from 'react'

export interface SummaryItem {
  /** Id of the field the link moves to. */
  fieldId: string
  message: string
}

interface ErrorSummaryProps {
  items: readonly SummaryItem[]
  title?: string
  /** Changes on each failed attempt, so focus moves to the summary again. */
  attempt: number
}

/** GOV.UK's pattern: a list of what to fix, each a link that puts the cursor in the field. */
export function ErrorSummary({ items, title = 'Cần sửa trước khi gửi', attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (attempt > 0) ref.current?.focus()
  }, [attempt])
  if (items.length === 0) return null
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id)
    if (!field) return
    event.preventDefault()
    field.scrollIntoView({ block: 'center' })
    field.focus()
  }
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId}-${item.message}`}>
            <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
