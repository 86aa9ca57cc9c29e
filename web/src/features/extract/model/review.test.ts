import type { Proposal } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { acceptedList, decide, edit, startReview } from './review.ts'

const proposal = (id: string, over: Partial<Proposal> = {}): Proposal => ({
  id,
  indicator: 'welfare_spending',
  actual: 82_500_000,
  target: null,
  targetDerived: false,
  statedPercent: null,
  qualifier: 'exact',
  period: 'year',
  periodText: null,
  unit: '020',
  year: 2020,
  quote: { start: 0, end: 10, text: `trích dẫn ${id}` },
  value: { start: 0, end: 4 },
  warnings: [],
  ...over,
})

describe('reviewing proposals', () => {
  it('starts with every proposal unseen and lists only the accepted ones', () => {
    const ps = [
      proposal('p1', { indicator: 'new_members', actual: 676, target: 650, statedPercent: 104 }),
      proposal('p2'),
    ]
    let review = startReview(ps)
    expect(acceptedList(ps, review).figures).toEqual([])
    review = decide(review, 'p1', 'accepted')
    review = decide(review, 'p2', 'rejected')
    expect(acceptedList(ps, review).figures).toEqual([
      expect.objectContaining({
        indicator: 'new_members',
        actual: 676,
        target: 650,
        statedPercent: 104,
        unit: '020',
        year: 2020,
        origin: 'extracted_report_text',
        quote: 'trích dẫn p1',
      }),
    ])
  })
  it('accepts an edited proposal with the corrections, dropping the stated percentage it no longer matches', () => {
    const ps = [proposal('p1', { indicator: 'new_members', actual: 676, target: 650, statedPercent: 104 })]
    const review = edit(startReview(ps), 'p1', {
      indicator: 'new_members',
      actual: 700,
      target: 650,
      qualifier: 'exact',
      unit: '020',
      year: 2020,
    })
    expect(acceptedList(ps, review).figures[0]).toMatchObject({ actual: 700, statedPercent: null })
  })
  it('sums welfare parts of one unit and year into one figure, a lower bound if any part is', () => {
    const ps = [
      proposal('p1'),
      proposal('p2', { actual: 59_400_000 }),
      proposal('p3', { actual: 1_800_000_000, qualifier: 'at_least' }),
    ]
    let review = startReview(ps)
    for (const id of ['p1', 'p2', 'p3']) review = decide(review, id, 'accepted')
    const [sum] = acceptedList(ps, review).figures
    expect(sum).toMatchObject({ actual: 1_941_900_000, qualifier: 'at_least', from: ['p1', 'p2', 'p3'] })
    expect(sum?.quote).toBe('trích dẫn p1 … trích dẫn p2 … trích dẫn p3')
  })
  it('flags two accepted values for one cell that may not be summed', () => {
    const ps = [
      proposal('p1', { indicator: 'new_unions', actual: 25 }),
      proposal('p2', { indicator: 'new_unions', actual: 29 }),
    ]
    let review = decide(startReview(ps), 'p1', 'accepted')
    review = decide(review, 'p2', 'accepted')
    const list = acceptedList(ps, review)
    expect(list.figures).toHaveLength(1)
    expect(list.conflicts).toEqual([{ unit: '020', year: 2020, indicator: 'new_unions', from: ['p1', 'p2'] }])
  })
  it('keeps a multi-year total or a figure without unit or year out of the list, saying why', () => {
    const ps = [proposal('p1', { period: 'multi_year', year: null }), proposal('p2', { unit: null })]
    let review = decide(startReview(ps), 'p1', 'accepted')
    review = decide(review, 'p2', 'accepted')
    const list = acceptedList(ps, review)
    expect(list.figures).toEqual([])
    expect(list.blocked.map((b) => b.id)).toEqual(['p1', 'p2'])
    expect(list.blocked[0]?.reasons.join(' ')).toMatch(/nhiều năm/)
    expect(list.blocked[1]?.reasons).toEqual(['Chưa chọn đơn vị.'])
  })
})
