import type { StageTheme } from '../hooks/use-stage-theme.ts'

export interface ToolbarActions {
  previous: () => void
  next: () => void
  sorter: () => void
  help: () => void
  theme: () => void
  fullscreen: () => void
  png: () => void
  pptx: () => void
  leave: () => void
}

interface DeckToolbarProps {
  number: number
  total: number
  theme: StageTheme
  actions: ToolbarActions
  /** "Đang tạo tệp PowerPoint…" or an error, said aloud and shown. */
  message: string | null
  awake: boolean
}

/**
 * Controls for the mouse, outside the stage. They fade out while the presenter talks and come
 * back on a mouse move or keyboard focus; every one also has a key (see the help dialog).
 */
export function DeckToolbar({ number, total, theme, actions, message, awake }: DeckToolbarProps) {
  const b = (label: string, text: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="deck-button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
    >
      {text}
    </button>
  )
  return (
    <div className="deck-toolbar" data-awake={awake} role="toolbar" aria-label="Điều khiển trình chiếu">
      {message && (
        <p className="deck-toolbar__message" role="status">
          {message}
        </p>
      )}
      {b('Trang trước (←)', '◀', actions.previous, number <= 1)}
      <span className="deck-toolbar__count">{`${number}/${total}`}</span>
      {b('Trang sau (→, Space)', '▶', actions.next, number >= total)}
      {b('Sắp xếp, ẩn trang (S)', '☰', actions.sorter)}
      {b(
        theme === 'dark' ? 'Chuyển sang nền sáng (T)' : 'Chuyển sang nền tối (T)',
        theme === 'dark' ? '☀' : '☾',
        actions.theme,
      )}
      {b('Toàn màn hình (F)', '⛶', actions.fullscreen)}
      {b('Tải trang này dạng ảnh PNG', 'PNG', actions.png)}
      {b('Tải cả bài dạng PowerPoint', 'PPTX', actions.pptx)}
      {b('Phím tắt (?)', '?', actions.help)}
      {b('Thoát trình chiếu (Esc)', '✕', actions.leave)}
    </div>
  )
}
