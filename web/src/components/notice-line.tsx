import { ApiError } from '../lib/api-client.ts'

export interface Notice {
  kind: 'success' | 'error'
  text: string
  details?: string[]
}

/** A failed request as a notice: the server's Vietnamese message and the issues it names. */
export function errorNotice(error: unknown): Notice {
  if (!(error instanceof ApiError))
    return { kind: 'error', text: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.' }
  return { kind: 'error', text: error.message, details: error.issues.map((i) => i.message) }
}

/** The outcome of the last action: success politely, failure as an alert. The region stays in the page
 *  so screen readers hear each new message. */
export function NoticeLine({ notice }: { notice: Notice | null }) {
  return (
    <div className="notice" role="status">
      {notice && <NoticeBody notice={notice} />}
    </div>
  )
}

function NoticeBody({ notice }: { notice: Notice }) {
  if (notice.kind === 'success') return <p className="form-success">{notice.text}</p>
  return (
    <div className="form-alert" role="alert">
      <p>{notice.text}</p>
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
