import type { ReactNode, Ref } from 'react'
import { STAGE_HEIGHT, STAGE_WIDTH, useStageScale } from '../hooks/use-stage-scale.ts'

interface StageProps {
  /** The stage node, for the PNG export. */
  stageRef: Ref<HTMLDivElement>
  children: ReactNode
}

/** A fixed 1280×720 design surface scaled to the window: type sizes are stage pixels (≥ 28). */
export function Stage({ stageRef, children }: StageProps) {
  const scale = useStageScale()
  return (
    <div className="stage-viewport">
      <div
        ref={stageRef}
        className="stage"
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(-50%, -50%) scale(${scale})`,
        }}
      >
        {children}
      </div>
    </div>
  )
}
