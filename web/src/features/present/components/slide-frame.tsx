import type { ReactNode } from 'react'
import type { SlideSpec } from '../deck/slide-types.ts'

interface SlideShellProps {
  slide: Pick<SlideSpec, 'kind' | 'id' | 'notes'>
  number: number
  total: number
  children: ReactNode
}

/**
 * What every slide has, the title slide too: the section a screen reader announces as "trang chiếu",
 * named by its title (`#slide-title`), and a footer with the sources (or "dữ liệu minh họa") and the
 * slide number.
 */
export function SlideShell({ slide, number, total, children }: SlideShellProps) {
  return (
    <section
      className={`slide slide--${slide.kind}`}
      data-slide-id={slide.id}
      data-slide-number={number}
      aria-roledescription="trang chiếu"
      aria-labelledby="slide-title"
    >
      {children}
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

interface SlideFrameProps {
  slide: SlideSpec
  number: number
  total: number
  /** A line under the title: a legend, the city total. */
  lead?: ReactNode
  children: ReactNode
}

/** Title, body and the footer of `SlideShell`. */
export function SlideFrame({ slide, number, total, lead, children }: SlideFrameProps) {
  return (
    <SlideShell slide={slide} number={number} total={total}>
      <header className="slide__head">
        <h1 id="slide-title" className="slide__title">
          {slide.title}
        </h1>
        {lead ?? (slide.subtitle && <p className="slide__lead">{slide.subtitle}</p>)}
      </header>
      <div className="slide__body">{children}</div>
    </SlideShell>
  )
}
