import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function of one identity for the component's life that calls the latest `fn`: a long grid's
 * memoised rows keep their props equal while the handler they call sees the current state.
 * Called from event handlers only (never while rendering).
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
