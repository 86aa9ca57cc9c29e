import { useEffectEvent, useLayoutEffect } from 'react'

export interface DeckKeyActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  leave: () => void
  fullscreen: () => void
  togglePause: () => void
  help: () => void
  sorter: () => void
  theme: () => void
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' '])
const PREVIOUS = new Set(['ArrowLeft', 'PageUp'])
const TYPING = 'input, select, textarea, [contenteditable="true"]'

/** The one key map of the deck (shown in the help overlay: components/help-dialog.tsx). */
export function actionFor(key: string, actions: DeckKeyActions): (() => void) | null {
  if (NEXT.has(key)) return actions.next
  if (PREVIOUS.has(key)) return actions.previous
  const map: Record<string, (() => void) | undefined> = {
    Home: actions.first,
    End: actions.last,
    Escape: actions.leave,
    f: actions.fullscreen,
    p: actions.togglePause,
    '?': actions.help,
    s: actions.sorter,
    t: actions.theme,
  }
  return map[key.length === 1 ? key.toLowerCase() : key] ?? null
}

/**
 * Keys of a presentation clicker and keyboard. Space always moves on, even when a toolbar button
 * has focus after a mouse click: a clicker sends Space or PageDown and must never press a button.
 * While a dialog is open (help, slide sorter) the keys are the dialog's. The DOM is asked, not
 * React state: the dialog closes itself on Esc a moment before React hears of it.
 */
export function useDeckKeys(actions: DeckKeyActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
    if (document.querySelector('dialog[open]')) return
    if (event.target instanceof Element && event.target.closest(TYPING)) return
    // In fullscreen the browser itself turns Esc into "leave fullscreen": do not also leave the deck.
    if (event.key === 'Escape' && document.fullscreenElement) return
    const action = actionFor(event.key, actions)
    if (!action) return
    event.preventDefault()
    action()
  })
  // Listening from the commit that shows the first slide, before it is painted: the slides come a
  // task after their answers (useBuiltDeck), and a key pressed as soon as one shows must work.
  useLayoutEffect(() => {
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen().catch(() => undefined)
}
