import { createContext, useContext } from 'react'
import { Navigate, useHref, type To } from 'react-router'

/**
 * Server rendering only (web/src/entry-server.tsx): takes where a page sends the reader, so the
 * server answers with an HTTP redirect instead of drawing an empty page.
 */
export const RedirectRecorder = createContext<((href: string) => void) | null>(null)

/** Sends the reader elsewhere in place of this page (the address is replaced, not added to history). */
export function Redirect({ to }: { to: To }) {
  const record = useContext(RedirectRecorder)
  const href = useHref(to)
  if (record) {
    record(href)
    return null
  }
  return <Navigate replace to={to} />
}
