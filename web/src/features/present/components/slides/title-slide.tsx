import type { SlideOf } from '../../deck/slide-types.ts'

interface TitleSlideProps {
  slide: SlideOf<'title'>
  number: number
  total: number
}

/** The opening slide: federation, conference and year. */
export function TitleSlide({ slide, number, total }: TitleSlideProps) {
  return (
    <section
      className="slide slide--title"
      data-slide-id={slide.id}
      data-slide-number={number}
      aria-roledescription="trang chiếu"
      aria-labelledby="slide-title"
    >
      <p className="title-slide__kicker">{slide.kicker}</p>
      <h1 id="slide-title" className="slide__title title-slide__title">
        {slide.title}
      </h1>
      <p className="title-slide__subtitle">{slide.subtitle}</p>
      <p className="title-slide__status">{slide.status}</p>
      <footer className="slide__foot">
        <div className="slide__notes">
          {slide.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
        <p className="slide__number">
          <span className="sr-only">Trang </span>
          {number}/{total}
        </p>
      </footer>
    </section>
  )
}
