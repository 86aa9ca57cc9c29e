import { formatDateTime } from '../../../lib/date-time.ts'

interface RestorePromptProps {
  savedAt: string
  onRestore: () => void
  onDiscard: () => void
}

/** A draft left in this browser (reload, closed tab, expired session) for the same report version. */
export function RestorePrompt({ savedAt, onRestore, onDiscard }: RestorePromptProps) {
  return (
    <section className="restore" aria-labelledby="restore-title">
      <h2 id="restore-title">Khôi phục bản nháp chưa lưu?</h2>
      <p>
        Trình duyệt này còn giữ các thay đổi bạn nhập lúc {formatDateTime(savedAt)} nhưng chưa lưu lên máy
        chủ.
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onRestore}>
          Khôi phục
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Bỏ bản nháp
        </button>
      </div>
    </section>
  )
}
