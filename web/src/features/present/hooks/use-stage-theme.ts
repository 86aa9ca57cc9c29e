import { useState } from 'react'

export type StageTheme = 'dark' | 'light'

const KEY = 'ldld.present.theme'

function read(): StageTheme {
  try {
    return window.localStorage.getItem(KEY) === 'light' ? 'light' : 'dark'
  } catch {
    return 'dark'
  }
}

/** Dark stage by default (a dim hall), light for a bright room; the choice is remembered on this computer. */
export function useStageTheme(): [StageTheme, () => void] {
  const [theme, setTheme] = useState<StageTheme>(read)
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark'
    setTheme(next)
    try {
      window.localStorage.setItem(KEY, next)
    } catch {
      // Storage unavailable: the theme holds for this visit.
    }
  }
  return [theme, toggle]
}
