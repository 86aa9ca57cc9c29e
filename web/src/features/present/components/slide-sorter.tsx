import type { ArrangedDeck } from '../hooks/use-arrangement.ts'
import { DeckDialog } from './deck-dialog.tsx'

/**
 * Reorder and hide slides with buttons and checkboxes (Tab, Space, Enter); the choice is kept for
 * this year on this computer.
 */
export function SlideSorter({ deck, onClose }: { deck: ArrangedDeck; onClose: () => void }) {
  const lastVisible = deck.visible.length <= 1
  return (
    <DeckDialog id="deck-sorter" title="Sắp xếp trang chiếu" onClose={onClose}>
      <ol className="sorter">
        {deck.all.map((slide, index) => {
          const hidden = deck.hidden.has(slide.id)
          return (
            <li key={slide.id} className={hidden ? 'sorter__item sorter__item--hidden' : 'sorter__item'}>
              <label className="sorter__show">
                <input
                  type="checkbox"
                  checked={!hidden}
                  disabled={!hidden && lastVisible}
                  onChange={() => deck.toggle(slide.id)}
                />
                <span>{slide.title}</span>
              </label>
              <button
                type="button"
                className="deck-button"
                aria-label={`Đưa lên: ${slide.title}`}
                disabled={index === 0}
                onClick={() => deck.move(slide.id, -1)}
              >
                ▲
              </button>
              <button
                type="button"
                className="deck-button"
                aria-label={`Đưa xuống: ${slide.title}`}
                disabled={index === deck.all.length - 1}
                onClick={() => deck.move(slide.id, 1)}
              >
                ▼
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" className="deck-button" onClick={deck.reset}>
        Khôi phục thứ tự ban đầu
      </button>
    </DeckDialog>
  )
}
