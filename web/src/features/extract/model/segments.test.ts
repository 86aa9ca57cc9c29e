import type { Proposal } from '@ldld/db/contracts'
import { describe, expect, it } from 'vitest'
import { segments } from './segments.ts'

const at = (id: string, start: number, end: number) => ({ id, value: { start, end } }) as Proposal

describe('segments', () => {
  it('cuts the text into plain runs and marked figures, in order', () => {
    const text = 'thành lập mới 25/25 CĐCS, kết nạp 676 đoàn viên'
    const s = segments(text, [at('p2', 34, 37), at('p1', 14, 19)])
    expect(s.map((x) => (x.kind === 'mark' ? `[${x.text}:${x.id}]` : x.text)).join('')).toBe(
      'thành lập mới [25/25:p1] CĐCS, kết nạp [676:p2] đoàn viên',
    )
  })
  it('never marks a span twice or past the end', () => {
    const s = segments('abcdef', [at('p1', 0, 3), at('p2', 2, 4), at('p3', 5, 9)])
    expect(s.filter((x) => x.kind === 'mark').map((x) => x.text)).toEqual(['abc'])
  })
})
