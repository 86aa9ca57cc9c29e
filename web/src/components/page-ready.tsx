import { useEffect } from 'react'

/**
 * Marks the page as taken over (`<html data-page-ready>`) once the page under the header is live:
 * a page drawn on the server shows before its code has run, and its route's code may come later
 * than the app's (browser tests wait for this before they type or click).
 */
export function PageReady() {
  useEffect(() => {
    document.documentElement.dataset.pageReady = 'true'
  }, [])
  return null
}
