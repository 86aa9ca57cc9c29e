import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False while a page is drawn on the server and during the browser's first render of that page
 * (React takes the server's answer then), true from the render after: what only the browser may do
 * (read its storage, load a deck's figures) waits for it, and both first renders stay the same page.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
