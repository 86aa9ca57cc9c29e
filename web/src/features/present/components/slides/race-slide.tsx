import { formatNumber } from '@ldld/db/format'
import { raceFrame } from '../../deck/race-frame.ts'
import type { SlideOf } from '../../deck/slide-types.ts'
import { useRace } from '../../hooks/use-race.ts'

const TOP = 10
const ROW = 44

interface RaceSlideProps {
  slide: SlideOf<'race'>
  paused: boolean
  onPause: (paused: boolean) => void
}

/** Bar-chart race of running totals, year by year; P or the button pauses, Space still moves on. */
export function RaceSlide({ slide, paused, onPause }: RaceSlideProps) {
  const race = useRace(slide.years.length, paused)
  const frame = raceFrame(slide.years, slide.series, race.progress, TOP)
  const max = Math.max(1, ...frame.bars.map((b) => b.value))
  const button = race.ended ? 'Chạy lại' : paused ? 'Tiếp tục (P)' : 'Tạm dừng (P)'
  const onButton = () => {
    if (race.ended) {
      race.restart()
      onPause(false)
    } else onPause(!paused)
  }
  return (
    <div className="race">
      <div className="race__bars" style={{ height: TOP * ROW }} aria-hidden="true">
        {frame.bars.map((bar) => (
          <div key={bar.code} className="race__row" style={{ transform: `translateY(${bar.rank * ROW}px)` }}>
            <span className="race__name">{bar.name}</span>
            <span className="race__track">
              <span className="race__fill" style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="race__value">{formatNumber(Math.round(bar.value))}</span>
          </div>
        ))}
      </div>
      <div className="race__side">
        <p className="race__year" aria-live="off">
          {frame.year}
        </p>
        <button type="button" className="deck-button race__toggle" onClick={onButton}>
          {button}
        </button>
      </div>
      <p className="sr-only">
        {`Năm ${frame.year}, dẫn đầu: ${frame.bars
          .slice(0, 3)
          .map((b) => `${b.name} ${formatNumber(Math.round(b.value))}`)
          .join(', ')}.`}
      </p>
    </div>
  )
}
