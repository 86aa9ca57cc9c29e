import { describe, expect, it } from 'vitest'
import {
  derivedChangeText,
  derivedLeftOutText,
  derivedMarkWords,
  derivedRankChangeText,
} from './derived-text.ts'

const exact = { illustrative: false, partialYear: false, bound: 'exact' as const }

describe('derived numbers keep their inputs’ marks', () => {
  it('writes a change from a bound with its word, and marks illustrative inputs', () => {
    expect(derivedChangeText(69.6, { ...exact, bound: 'at_least' })).toBe('ít nhất +69,6%')
    expect(derivedChangeText(-4, exact)).toBe('−4%')
    expect(derivedMarkWords({ ...exact, illustrative: true })).toEqual(['tính từ dữ liệu minh họa'])
    expect(derivedRankChangeText(25, { ...exact, illustrative: true })).toBe('▲ 25')
  })

  it('leaves out a change from a part-year figure and says why', () => {
    const partial = { ...exact, partialYear: true }
    expect(derivedChangeText(274, partial)).toBeNull()
    expect(derivedRankChangeText(3, partial)).toBeNull()
    expect(derivedLeftOutText(partial, 2026)).toBe('không so với 2025: có số liệu một phần năm')
    expect(derivedLeftOutText(exact, 2026)).toBeNull()
  })
})
