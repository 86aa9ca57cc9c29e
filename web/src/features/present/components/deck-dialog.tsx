import { useEffect, useRef, type ReactNode } from 'react'

interface DeckDialogProps {
  id: string
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A native modal <dialog>: focus stays inside, Esc closes it, and focus returns to the button
 * that opened it, without extra code.
 */
export function DeckDialog({ id, title, onClose, children }: DeckDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className="deck-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="deck-dialog__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="deck-button" onClick={onClose}>
          Đóng
        </button>
      </div>
      {children}
    </dialog>
  )
}
