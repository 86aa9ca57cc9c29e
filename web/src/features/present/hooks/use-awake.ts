import { useEffect, useState } from 'react'

const IDLE_MS = 2500

/** True for a moment after the mouse moves: the toolbar and the pointer then show, then fade out. */
export function useAwake(): boolean {
  const [awake, setAwake] = useState(false)
  useEffect(() => {
    let timer = 0
    const onMove = () => {
      setAwake(true)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setAwake(false), IDLE_MS)
    }
    window.addEventListener('pointermove', onMove)
    return () => {
      window.removeEventListener('pointermove', onMove)
      window.clearTimeout(timer)
    }
  }, [])
  return awake
}
