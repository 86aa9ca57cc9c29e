import { useEffect, useState } from 'react'

/** The design stage: every slide is laid out at this size and scaled to fit the screen. */
export const STAGE_WIDTH = 1280
export const STAGE_HEIGHT = 720

function fit(): number {
  return Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT)
}

/**
 * Scale of the 1280×720 stage in the window: 1 at 1280×720, 1.5 at 1920×1080, 0.8 at 1024×768
 * (4:3, bands above and below). Layout never reflows, so a slide looks the same on any projector.
 */
export function useStageScale(): number {
  const [scale, setScale] = useState(fit)
  useEffect(() => {
    const onResize = () => setScale(fit())
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return scale
}
