import { describe, expect, it } from 'vitest'
import {
  arrangementKey,
  mergeArrangement,
  moveSlide,
  readArrangement,
  toggleHidden,
  writeArrangement,
} from './arrangement.ts'

const ids = ['title', 'totals', 'map', 'race']

describe('slide arrangement', () => {
  it('applies stored choices to today’s slides: unknown ids dropped, new ones kept in place', () => {
    const merged = mergeArrangement(['title', 'totals', 'leaders', 'map'], {
      order: ['map', 'title', 'gone', 'totals'],
      hidden: ['gone', 'totals'],
    })
    expect(merged).toEqual({ order: ['map', 'title', 'totals', 'leaders'], hidden: ['totals'] })
    expect(mergeArrangement(ids, null)).toEqual({ order: ids, hidden: [] })
  })

  it('moves a slide and never hides the last visible one', () => {
    const start = { order: ids, hidden: [] }
    expect(moveSlide(start, 'race', -1).order).toEqual(['title', 'totals', 'race', 'map'])
    expect(moveSlide(start, 'title', -1)).toBe(start)
    const allButOne = { order: ids, hidden: ['title', 'totals', 'map'] }
    expect(toggleHidden(allButOne, 'race')).toBe(allButOne)
    expect(toggleHidden(allButOne, 'map').hidden).toEqual(['title', 'totals'])
  })

  it('remembers the choice per year and ignores a corrupt entry', () => {
    writeArrangement(2024, { order: ['race', 'title'], hidden: ['title'] })
    expect(window.localStorage.getItem('ldld.present.2024.slides')).toBe(
      '{"order":["race","title"],"hidden":["title"]}',
    )
    expect(readArrangement(2024)).toEqual({ order: ['race', 'title'], hidden: ['title'] })
    expect(readArrangement(2023)).toBeNull()
    window.localStorage.setItem(arrangementKey(2022), '{"order":5}')
    expect(readArrangement(2022)).toBeNull()
  })
})
