import { describe, expect, it } from 'vitest'
import { inputText, reformat } from './figure-text.ts'

describe('figure text', () => {
  it('writes counts with dots and money the way reports do', () => {
    expect(inputText(2352, 'count')).toBe('2.352')
    expect(inputText(1_250_300_000, 'money')).toBe('1 tỷ 250,3 triệu')
    expect(inputText(535_800_000, 'money')).toBe('535,8 triệu')
    expect(inputText(null, 'money')).toBe('')
  })

  it('never rounds a money amount in a field: the exact form when words would lose đồng', () => {
    expect(inputText(1_250_345_678, 'money')).toBe('1.250.345.678')
  })

  it('reformats readable text and leaves unreadable text for the error to show', () => {
    expect(reformat('2352', 'count')).toBe('2.352')
    expect(reformat('1,5 tỉ', 'money')).toBe('1 tỷ 500 triệu')
    expect(reformat('hai nghìn', 'count')).toBe('hai nghìn')
  })
})
