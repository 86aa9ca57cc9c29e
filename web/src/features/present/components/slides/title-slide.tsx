import type { SlideOf } from '../../deck/slide-types.ts'
import { SlideShell } from '../slide-frame.tsx'

interface TitleSlideProps {
  slide: SlideOf<'title'>
  number: number
  total: number
}

/** The opening slide: federation, conference and year. */
export function TitleSlide({ slide, number, total }: TitleSlideProps) {
  return (
    <SlideShell slide={slide} number={number} total={total}>
      <p className="title-slide__kicker">{slide.kicker}</p>
      <h1 id="slide-title" className="slide__title title-slide__title">
        {slide.title}
      </h1>
      <p className="title-slide__subtitle">{slide.subtitle}</p>
      <p className="title-slide__status">{slide.status}</p>
    </SlideShell>
  )
}
